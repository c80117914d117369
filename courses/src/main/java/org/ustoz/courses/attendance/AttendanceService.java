package org.ustoz.courses.attendance;

import java.util.List;
import java.util.UUID;

/**
 * Attendance at sessions: only of trainees enrolled in the session's cohort, and not before the
 * session starts. Corrections keep who changed what, when and why. Recording a whole session takes
 * the same number of SQL statements for 30 trainees as for 300 (inserts and updates are batched).
 */
public interface AttendanceService {

    /** Records or corrects one trainee's attendance. */
    AttendanceView record(RecordAttendance command);

    /** Records or corrects a whole session's attendance in one call, all or nothing. */
    SessionAttendance recordSession(RecordSessionAttendance command);

    /** The session's sheet: every enrolled trainee by name, with the attendance recorded so far. */
    List<AttendanceSheetLine> sheet(UUID sessionId);

    /** The corrections of a trainee's attendance at a session, oldest first. */
    List<AttendanceCorrection> corrections(UUID sessionId, UUID traineeId);
}
