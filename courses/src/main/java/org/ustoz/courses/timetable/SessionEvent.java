package org.ustoz.courses.timetable;

import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of the timetable. */
public sealed interface SessionEvent extends DomainEvent {

    /** The session. */
    UUID sessionId();

    /** Its cohort. */
    UUID cohortId();

    /** A session was put on the timetable. */
    record Scheduled(String tenantId, UUID sessionId, UUID cohortId, Instant startsAt, Instant endsAt,
            Instant occurredAt) implements SessionEvent {
    }

    /** A session was moved or its room or facilitators changed. */
    record Rescheduled(String tenantId, UUID sessionId, UUID cohortId, Instant startsAt, Instant endsAt,
            Instant occurredAt) implements SessionEvent {
    }

    /** A session was called off. */
    record Cancelled(String tenantId, UUID sessionId, UUID cohortId, String reason, Instant occurredAt)
            implements SessionEvent {
    }
}
