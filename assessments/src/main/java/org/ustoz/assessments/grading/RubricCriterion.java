package org.ustoz.assessments.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.ustoz.core.i18n.LocalizedText;

/** A criterion of a rubric with its levels; the highest level's points are the criterion's maximum. */
public record RubricCriterion(String key, LocalizedText title, List<RubricLevel> levels) {

    public RubricCriterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        levels = List.copyOf(levels);
    }

    /** The points of the best level. */
    public BigDecimal maxPoints() {
        return levels.stream().map(RubricLevel::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** The level with this key, or {@code null}. */
    public RubricLevel level(String levelKey) {
        return levels.stream().filter(l -> l.key().equals(levelKey)).findFirst().orElse(null);
    }
}
