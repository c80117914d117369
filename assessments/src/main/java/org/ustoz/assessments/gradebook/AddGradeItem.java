package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/**
 * Adds a grade item to a category: an assessment's grade ({@code assessmentId}; its maximum is the
 * assessment's), or a manual item with {@code maxPoints} (optionally graded with a rubric).
 */
public record AddGradeItem(
        @NotNull UUID categoryId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") @PlainText String code,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        UUID assessmentId,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 7, fraction = 2) BigDecimal maxPoints,
        @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal weight,
        UUID rubricId) {
}
