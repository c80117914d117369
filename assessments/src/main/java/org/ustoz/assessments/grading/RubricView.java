package org.ustoz.assessments.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A rubric. */
public record RubricView(UUID id, long version, LocalizedText title, List<RubricCriterion> criteria, int revision,
                         BigDecimal maxPoints) {
}
