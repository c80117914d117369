package org.ustoz.courses.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.PartnerRole;

/** How a {@link Partner} is stored: the embeddable columns behind the API's value. */
@Embeddable
public record PartnerColumns(@Column(name = "name", nullable = false, length = 300) String name,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "role", nullable = false, length = 32) PartnerRole role) {

    /** The columns of a value; {@code null} for {@code null}. */
    public static PartnerColumns of(Partner v) {
        return v == null ? null : new PartnerColumns(v.name(), v.role());
    }

    /** The value these columns hold. */
    public Partner toValue() {
        return new Partner(name, role);
    }
}
