package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An entry of the override history ({@code value} null: the override was removed). */
public record OverrideEntry(UUID itemId, BigDecimal value, String reason, String changedBy, Instant changedAt) {
}
