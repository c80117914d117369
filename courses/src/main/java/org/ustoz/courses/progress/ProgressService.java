package org.ustoz.courses.progress;

import java.util.UUID;

/**
 * Progress of trainees in cohorts, computed from the timetable and the attendance as of the clock's
 * instant. Every call takes a fixed number of SQL statements, whatever the size of the cohort.
 */
public interface ProgressService {

    /** One trainee's progress in a cohort: sessions, rate, minutes, modules, risk. */
    TraineeProgress ofTrainee(UUID cohortId, UUID traineeId);

    /** Every trainee's progress in a cohort, those at risk flagged and listed first. */
    CohortDashboard dashboard(UUID cohortId);
}
