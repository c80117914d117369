package org.ustoz.courses.attendance;

import java.time.Instant;

/** A kept correction of an attendance record. */
public record AttendanceCorrection(Instant changedAt, String changedBy, String why, AttendanceStatus previousStatus,
        int previousLateMinutes, int previousLeftEarlyMinutes, String previousReason, AttendanceStatus newStatus,
        int newLateMinutes, int newLeftEarlyMinutes, String newReason) {
}
