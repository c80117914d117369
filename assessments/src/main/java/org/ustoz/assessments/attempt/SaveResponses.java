package org.ustoz.assessments.attempt;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Saves responses of an attempt in progress; all or nothing. */
public record SaveResponses(
        @NotNull UUID attemptId,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid AnswerLine> answers) {
}
