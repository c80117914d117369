package org.ustoz.assessments.grading;

import java.math.BigDecimal;
import java.util.Objects;
import org.ustoz.core.i18n.LocalizedText;

/** A level of a rubric criterion, such as "proficient — 3 points". */
public record RubricLevel(String key, LocalizedText title, BigDecimal points) {

    public RubricLevel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(points, "points");
    }

    public static RubricLevel of(String key, LocalizedText title, String points) {
        return new RubricLevel(key, title, new BigDecimal(points));
    }
}
