package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/** Adds a category to a cohort's gradebook with its weight in the final grade. */
public record AddGradeCategory(
        @NotNull UUID cohortId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") @PlainText String code,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal weight,
        @NotNull Aggregation aggregation,
        @Min(0) @Max(50) int dropLowest) {
}
