package org.ustoz.courses.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.CountryCode;

/**
 * Where an in-person cohort meets.
 *
 * @param name name of the place, such as "Sejong Education Training Institute"
 * @param address street address, optional
 * @param city city
 * @param country ISO 3166-1 alpha-2 code, such as {@code KR}
 */
@Embeddable
public record Venue(
        @Column(name = "venue_name", length = 200) @NotBlank @Size(max = 200) String name,
        @Column(name = "venue_address", length = 500) @Size(max = 500) String address,
        @Column(name = "venue_city", length = 100) @NotBlank @Size(max = 100) String city,
        @Column(name = "venue_country", length = 2) @NotBlank @CountryCode String country) {
}
