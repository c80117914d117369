package org.ustoz.courses.cohort;

import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of cohorts. */
public sealed interface CohortEvent extends DomainEvent {

    /** The cohort. */
    UUID cohortId();

    /** A cohort was scheduled (as a draft). */
    record Scheduled(String tenantId, UUID cohortId, String code, UUID courseId, Instant occurredAt)
            implements CohortEvent {
    }

    /** A cohort moved from one status to another. */
    record StatusChanged(String tenantId, UUID cohortId, String code, CohortStatus from, CohortStatus to,
            String reason, Instant occurredAt) implements CohortEvent {
    }

    /** A cohort's seats changed. */
    record CapacityChanged(String tenantId, UUID cohortId, int capacity, Integer waitlistCapacity, Instant occurredAt)
            implements CohortEvent {
    }
}
