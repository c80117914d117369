package org.ustoz.assessments.analytics;

import java.math.BigDecimal;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/**
 * Classical statistics of one item of an assessment.
 *
 * @param difficulty     mean share of the item's points earned (the proportion correct for right/wrong items)
 * @param pointBiserial  correlation of the item with the rest of the test, or {@code null} when undefined
 * @param upperLower     mean share in the top 27 % minus that in the bottom 27 % (by total)
 * @param allRight       every trainee earned full points
 * @param allWrong       every trainee earned nothing
 */
public record ItemStatistic(int slot, UUID questionId, LocalizedText stem, BigDecimal difficulty,
                            BigDecimal pointBiserial, BigDecimal upperLower, boolean allRight, boolean allWrong) {
}
