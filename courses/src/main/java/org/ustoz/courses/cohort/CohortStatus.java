package org.ustoz.courses.cohort;

/**
 * Lifecycle of a cohort: draft → open for enrolment → in progress → completed; cancelled from any
 * state before completion.
 */
public enum CohortStatus {
    DRAFT,
    OPEN_FOR_ENROLMENT,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
