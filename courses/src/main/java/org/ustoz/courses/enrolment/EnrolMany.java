package org.ustoz.courses.enrolment;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Enrols a list of trainees in one cohort in one transaction, in list order (first come, first
 * served within the list).
 *
 * @param cohortId the cohort
 * @param traineeIds 1 to 1,000 trainees
 */
public record EnrolMany(@NotNull UUID cohortId, @NotNull @Size(min = 1, max = 1000) List<@NotNull UUID> traineeIds) {
}
