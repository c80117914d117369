package org.ustoz.courses.attendance;

import java.util.List;
import java.util.UUID;

/**
 * The attendance of a session after a call that recorded it.
 *
 * @param created records made for the first time
 * @param corrected records changed, each with its correction kept
 * @param unchanged lines that repeated what was recorded
 */
public record SessionAttendance(UUID sessionId, int created, int corrected, int unchanged,
        List<AttendanceView> records) {

    public SessionAttendance {
        records = List.copyOf(records);
    }
}
