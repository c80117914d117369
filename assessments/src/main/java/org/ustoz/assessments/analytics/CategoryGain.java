package org.ustoz.assessments.analytics;

import java.math.BigDecimal;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** The cohort's gain in one question category: mean pre and post percentages and their normalised gain. */
public record CategoryGain(UUID categoryId, String code, LocalizedText name, BigDecimal prePercent,
                           BigDecimal postPercent, BigDecimal gain) {
}
