package org.ustoz.assessments.question;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * Stores a new version of a question (a corrected answer key, a clearer stem). Attempts already
 * started keep the version they were given until a regrade moves them to the latest one.
 */
public record ReviseQuestion(
        @NotNull UUID questionId,
        @NotNull @Valid QuestionContent content,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 7, fraction = 2) BigDecimal points) {
}
