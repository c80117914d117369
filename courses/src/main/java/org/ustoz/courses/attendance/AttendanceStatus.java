package org.ustoz.courses.attendance;

/** Whether a trainee attended a session. Lateness and leaving early are minutes of a presence. */
public enum AttendanceStatus {
    /** Attended, possibly late or leaving early. */
    PRESENT,
    /** Did not attend. */
    ABSENT,
    /** Did not attend, with a reason the cohort accepts; counted as the completion rules say. */
    EXCUSED
}
