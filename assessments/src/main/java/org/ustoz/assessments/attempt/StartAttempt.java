package org.ustoz.assessments.attempt;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Starts an attempt of a trainee at an assessment. */
public record StartAttempt(@NotNull UUID assessmentId, @NotNull UUID traineeId) {
}
