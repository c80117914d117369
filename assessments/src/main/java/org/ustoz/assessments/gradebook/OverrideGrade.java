package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Overrides a grade, with a reason that the history keeps: an item's points ({@code itemId} set) or
 * the final percentage ({@code itemId} null). A {@code null} value removes the override.
 */
public record OverrideGrade(
        @NotNull UUID cohortId,
        @NotNull UUID traineeId,
        UUID itemId,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal value,
        @NotBlank @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String reason) {
}
