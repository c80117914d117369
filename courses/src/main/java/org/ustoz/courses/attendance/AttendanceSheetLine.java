package org.ustoz.courses.attendance;

import java.util.UUID;

/**
 * A line of a session's attendance sheet: every enrolled trainee, with the attendance recorded so
 * far or {@code null}.
 */
public record AttendanceSheetLine(UUID enrolmentId, UUID traineeId, String fullName, String latinName,
        AttendanceView attendance) {
}
