package org.ustoz.courses.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.ustoz.courses.cohort.Venue;

/** How a {@link Venue} is stored: the embeddable columns behind the API's value. */
@Embeddable
public record VenueColumns(@Column(name = "venue_name", length = 200) String name,
        @Column(name = "venue_address", length = 500) String address,
        @Column(name = "venue_city", length = 100) String city,
        @Column(name = "venue_country", length = 2) String country) {

    /** The columns of a value; {@code null} for {@code null}. */
    public static VenueColumns of(Venue v) {
        return v == null ? null : new VenueColumns(v.name(), v.address(), v.city(), v.country());
    }

    /** The value these columns hold. */
    public Venue toValue() {
        return new Venue(name, address, city, country);
    }
}
