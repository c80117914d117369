package org.ustoz.courses.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * An organisation taking part in a cohort, such as the host education office or a sponsor.
 *
 * @param name the organisation's name
 * @param role what it does for the cohort
 */
public record Partner(
        @NotBlank @Size(max = 300) String name,
        @NotNull PartnerRole role) {
}
