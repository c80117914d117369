package org.ustoz.courses.timetable;

import java.util.List;
import java.util.UUID;

/**
 * The timetable of cohorts. A session must lie within its cohort's dates (in the cohort's zone) and
 * may not double-book a facilitator or a room: a clash is refused with
 * {@code courses.session.facilitator-clash} or {@code courses.session.room-clash}, naming the
 * session it clashes with. Clash checks hold database locks on the facilitators and rooms involved,
 * so two application instances cannot book the same facilitator twice at the same time.
 */
public interface TimetableService {

    /** Puts a session on the timetable. */
    SessionView schedule(ScheduleSession command);

    /** Moves a session; refused once attendance has been recorded for it. */
    SessionView reschedule(RescheduleSession command);

    /** Calls a session off, with the reason; refused once attendance has been recorded for it. */
    SessionView cancel(UUID sessionId, String reason);

    /** A session, in its cohort's zone. */
    SessionView get(UUID sessionId);

    /** All sessions of a cohort, cancelled ones included, by start, in the cohort's zone. */
    List<SessionView> cohortTimetable(UUID cohortId);

    /**
     * The scheduled sessions of a trainee's cohorts, by start, in the trainee's zone: a 09:00
     * Asia/Seoul session shows as 05:00 to a trainee in Asia/Dushanbe.
     */
    List<SessionView> traineeTimetable(TraineeTimetableQuery query);
}
