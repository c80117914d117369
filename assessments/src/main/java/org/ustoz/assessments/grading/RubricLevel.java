package org.ustoz.assessments.grading;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/** A level of a rubric criterion, such as "proficient — 3 points". */
public record RubricLevel(
        @NotNull @PlainText String key,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        @NotNull BigDecimal points) {

    public static RubricLevel of(String key, LocalizedText title, String points) {
        return new RubricLevel(key, title, new BigDecimal(points));
    }
}
