package org.ustoz.courses.enrolment;

/**
 * Lifecycle of an enrolment: waitlisted → enrolled → completed or failed; withdrawn from waitlisted or
 * enrolled. Completed, failed and withdrawn are final (a withdrawn trainee may apply again, which
 * opens the same enrolment anew).
 */
public enum EnrolmentStatus {
    WAITLISTED,
    ENROLLED,
    COMPLETED,
    FAILED,
    WITHDRAWN;

    /** Whether the enrolment still holds a seat or a waitlist place. */
    public boolean isOpen() {
        return this == WAITLISTED || this == ENROLLED;
    }
}
