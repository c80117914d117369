package org.ustoz.courses.enrolment;

/** What bulk enrolment did for one trainee. */
public enum BulkOutcome {
    /** Took a seat. */
    ENROLLED,
    /** Put on the waitlist. */
    WAITLISTED,
    /** Already waitlisted, enrolled, completed or failed in this cohort (or listed twice). */
    ALREADY_ENROLLED,
    /** Not enrolled: see the error code and message. */
    REFUSED
}
