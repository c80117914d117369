package org.ustoz.courses.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.ustoz.courses.cohort.Facilitator;

/** How a {@link Facilitator} is stored: the embeddable columns behind the API's value. */
@Embeddable
public record FacilitatorColumns(@Column(name = "name", nullable = false, length = 200) String name,
        @Column(name = "email", length = 254) String email,
        @Column(name = "role", length = 100) String role) {

    /** The columns of a value; {@code null} for {@code null}. */
    public static FacilitatorColumns of(Facilitator v) {
        return v == null ? null : new FacilitatorColumns(v.name(), v.email(), v.role());
    }

    /** The value these columns hold. */
    public Facilitator toValue() {
        return new Facilitator(name, email, role);
    }
}
