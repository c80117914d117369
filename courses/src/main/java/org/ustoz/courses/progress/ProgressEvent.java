package org.ustoz.courses.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of progress. */
public sealed interface ProgressEvent extends DomainEvent {

    /**
     * Recorded attendance put a trainee at risk (or at a worse risk) of not completing.
     *
     * @param attendancePercent the trainee's rate after the recording
     */
    record TraineeAtRisk(String tenantId, UUID cohortId, UUID enrolmentId, UUID traineeId, Risk risk,
            BigDecimal attendancePercent, BigDecimal minimumPercent, Instant occurredAt) implements ProgressEvent {
    }
}
