package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A column of the gradebook. */
public record GradeColumn(UUID itemId, String code, LocalizedText title, UUID categoryId, UUID assessmentId,
                          BigDecimal maxPoints, BigDecimal weight) {
}
