package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A category of the gradebook. */
public record CategoryColumn(UUID categoryId, String code, LocalizedText title, BigDecimal weight,
                             Aggregation aggregation, int dropLowest) {
}
