package org.ustoz.assessments.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Item analysis of an assessment over each trainee's first graded attempt.
 *
 * @param cronbachAlpha internal consistency, or {@code null} with fewer than two items or no variance
 */
public record ItemAnalysisReport(UUID assessmentId, int trainees, BigDecimal cronbachAlpha, List<ItemStatistic> items) {
}
