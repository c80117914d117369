package org.ustoz.assessments.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An attempt without its questions. */
public record AttemptSummary(UUID id, UUID assessmentId, UUID traineeId, int number, AttemptStatus status,
                             Instant startedAt, Instant submittedAt, BigDecimal points, BigDecimal maxPoints) {
}
