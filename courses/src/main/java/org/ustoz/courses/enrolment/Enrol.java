package org.ustoz.courses.enrolment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Enrols one trainee in a cohort that is open for enrolment: a seat when one is free and nobody is
 * waiting, otherwise a place at the end of the waitlist.
 *
 * @param cohortId the cohort
 * @param traineeId the trainee
 */
public record Enrol(@NotNull UUID cohortId, @NotNull UUID traineeId) {
}
