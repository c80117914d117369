package org.ustoz.assessments.analytics;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A trainee's pre- and post-test percentages and normalised gain g = (post − pre) / (100 − pre).
 *
 * @param gain      g at 4 places (half-even), or {@code null} when undefined or a test is missing
 * @param undefined whether g is undefined because the pre-test was at the maximum
 */
public record TraineeGain(UUID traineeId, String traineeName, BigDecimal prePercent, BigDecimal postPercent,
                          BigDecimal gain, boolean undefined) {
}
