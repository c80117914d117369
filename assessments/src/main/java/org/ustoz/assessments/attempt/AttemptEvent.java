package org.ustoz.assessments.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of attempts, published after commit. */
public sealed interface AttemptEvent extends DomainEvent {

    UUID attemptId();

    /** An attempt was started. */
    record Started(String tenantId, UUID attemptId, UUID assessmentId, UUID traineeId, int number, Instant occurredAt)
            implements AttemptEvent {
    }

    /** An attempt was submitted (by the trainee, or closed when overdue). */
    record Submitted(String tenantId, UUID attemptId, UUID assessmentId, UUID traineeId, boolean overdue, Instant occurredAt)
            implements AttemptEvent {
    }

    /** An attempt was fully graded (or its grade changed by a regrade). */
    record Graded(String tenantId, UUID attemptId, UUID assessmentId, UUID traineeId, BigDecimal points, BigDecimal maxPoints,
                  Instant occurredAt) implements AttemptEvent {
    }
}
