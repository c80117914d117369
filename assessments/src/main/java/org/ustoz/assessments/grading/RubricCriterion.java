package org.ustoz.assessments.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/** A criterion of a rubric with its levels; the highest level's points are the criterion's maximum. */
public record RubricCriterion(
        @NotNull @PlainText String key,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        @NotNull List<@NotNull @Valid RubricLevel> levels) {

    public RubricCriterion {
        // null elements are kept for validation to name them (levels[0])
        levels = levels == null ? null : Collections.unmodifiableList(new ArrayList<>(levels));
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
