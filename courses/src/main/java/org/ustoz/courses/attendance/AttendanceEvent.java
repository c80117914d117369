package org.ustoz.courses.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of attendance. */
public sealed interface AttendanceEvent extends DomainEvent {

    /** The session. */
    UUID sessionId();

    /** Its cohort. */
    UUID cohortId();

    /**
     * Attendance was recorded at a session, by one call.
     *
     * @param recorded trainees whose attendance was recorded for the first time
     * @param corrected trainees whose attendance was corrected
     */
    record Recorded(String tenantId, UUID sessionId, UUID cohortId, List<UUID> recorded, List<UUID> corrected,
            Instant occurredAt) implements AttendanceEvent {

        public Recorded {
            recorded = List.copyOf(recorded);
            corrected = List.copyOf(corrected);
        }
    }
}
