package org.ustoz.assessments.attempt;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ustoz.assessments.question.Response;

/** A response to one question of an attempt (an empty response clears it). */
public record AnswerLine(@NotNull UUID questionId, @NotNull @Valid Response response) {
}
