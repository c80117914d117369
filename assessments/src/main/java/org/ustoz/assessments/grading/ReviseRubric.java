package org.ustoz.assessments.grading;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/**
 * Replaces a rubric's criteria and levels. Keys of criteria and levels already used in grades must be
 * kept; grades given with the rubric are recomputed by {@link GradingService#regradeRubric(UUID)}.
 */
public record ReviseRubric(
        @NotNull UUID rubricId,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid RubricCriterion> criteria) {
}
