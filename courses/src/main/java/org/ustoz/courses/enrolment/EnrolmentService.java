package org.ustoz.courses.enrolment;

import org.ustoz.courses.enrolment.internal.Enrolment;
import java.util.UUID;

import org.ustoz.core.paging.Page;

/**
 * Enrolment of trainees in cohorts: capacity, waitlist, lifecycle, rosters.
 *
 * <p>Capacity holds across application instances: every change of seats takes a lock on the cohort's
 * row first, so concurrent enrolments into the last seats serialise in the database; a check
 * constraint keeps the enrolled count within the capacity. A freed seat goes to the trainee waiting
 * longest.
 */
public interface EnrolmentService {

    /** Enrols a trainee; {@code courses.enrolment.already-enrolled} if the trainee has an enrolment. */
    EnrolmentView enrol(Enrol command);

    /** Enrols a list of trainees in one call and reports, per trainee, what happened. */
    BulkEnrolmentReport enrolAll(EnrolMany command);

    /** Withdraws a trainee; the freed seat goes to the first of the waitlist. */
    Withdrawal withdraw(Withdraw command);

    /** Enrolled → completed. */
    EnrolmentView markCompleted(UUID enrolmentId);

    /** Enrolled → failed, with the reason. */
    EnrolmentView markFailed(UUID enrolmentId, String reason);

    /** An enrolment; {@code courses.enrolment.not-found} if unknown in the tenant. */
    EnrolmentView get(UUID enrolmentId);

    /** A trainee's enrolment in a cohort; {@code courses.enrolment.not-found} if none. */
    EnrolmentView find(UUID cohortId, UUID traineeId);

    /** A page of a cohort's roster. Two SQL statements, whatever the roster's size. */
    Page<RosterEntry> roster(RosterQuery query);

    /** Seat counts of a cohort. */
    RosterSummary summary(UUID cohortId);
}
