package org.ustoz.courses.attendance;

import java.time.Instant;
import java.util.UUID;

/** A trainee's recorded attendance at a session. */
public record AttendanceView(UUID id, long version, UUID sessionId, UUID enrolmentId, UUID traineeId,
        AttendanceStatus status, int lateMinutes, int leftEarlyMinutes, int minutesPresent, String reason,
        Instant recordedAt, String recordedBy) {
}
