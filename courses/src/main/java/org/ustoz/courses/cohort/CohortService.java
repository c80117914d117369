package org.ustoz.courses.cohort;

import java.util.UUID;

import org.ustoz.core.paging.Page;

/**
 * Cohorts: scheduling, lifecycle and seats. Every method validates its command, runs in a
 * transaction, sees only the caller's tenant, and fails with a
 * {@link org.ustoz.core.error.UstozException} carrying a {@link org.ustoz.courses.CoursesError} code.
 */
public interface CohortService {

    /** Schedules a draft cohort of a published course. */
    CohortView schedule(ScheduleCohort command);

    /** Draft → open for enrolment. */
    CohortView openEnrolment(UUID cohortId);

    /** Open for enrolment → in progress. */
    CohortView start(UUID cohortId);

    /** In progress → completed. */
    CohortView complete(UUID cohortId);

    /** Cancels a cohort that has not completed, with the reason. */
    CohortView cancel(UUID cohortId, String reason);

    /** Changes the seats; more seats promote waitlisted trainees first come, first served. */
    CohortView changeCapacity(ChangeCapacity command);

    /** A cohort; {@code courses.cohort.not-found} if unknown in the tenant. */
    CohortView get(UUID cohortId);

    /** A cohort by its code in the tenant. */
    CohortView getByCode(String code);

    /** A page of the tenant's cohorts. */
    Page<CohortSummary> list(CohortQuery query);
}
