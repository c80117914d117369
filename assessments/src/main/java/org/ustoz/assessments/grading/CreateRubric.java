package org.ustoz.assessments.grading;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/** Creates a rubric: criteria, each with levels and their points. */
public record CreateRubric(
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid RubricCriterion> criteria) {
}
