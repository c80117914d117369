package org.ustoz.courses.cohort;

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
public record Venue(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String address,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @CountryCode String country) {
}
