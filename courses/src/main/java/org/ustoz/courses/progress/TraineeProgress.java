package org.ustoz.courses.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ustoz.courses.enrolment.EnrolmentStatus;

/**
 * A trainee's progress in a cohort. Sessions "held" are the scheduled sessions that have started and
 * whose attendance has been taken (for anyone); in a held session, a trainee without a record counts
 * as not attended. A session whose attendance has not been taken yet counts as still to come. Percentages have one decimal, rounded half
 * up; excused sessions count as the cohort's completion rules say.
 *
 * @param attendancePercent attended over held (as the rules count excused ones); {@code null} before
 *        the first session
 * @param bestReachablePercent the rate at the end if every session left is attended
 * @param minutesPresent minutes present over all sessions, less lateness and leaving early
 * @param modulesCompleted how many of {@code modules} are completed
 */
public record TraineeProgress(UUID enrolmentId, UUID traineeId, String fullName, String latinName,
        EnrolmentStatus enrolmentStatus, int sessions, int sessionsHeld, int sessionsAttended, int sessionsLate,
        int sessionsLeftEarly, int sessionsExcused, int sessionsAbsent, int sessionsUnrecorded, long minutesPresent,
        BigDecimal attendancePercent, BigDecimal bestReachablePercent, Risk risk, List<ModuleProgress> modules,
        int modulesCompleted) {

    public TraineeProgress {
        modules = List.copyOf(modules);
    }
}
