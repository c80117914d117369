package org.ustoz.courses.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of enrolments. */
public sealed interface EnrolmentEvent extends DomainEvent {

    /** The enrolment. */
    UUID enrolmentId();

    /** The cohort. */
    UUID cohortId();

    /** The trainee. */
    UUID traineeId();

    /** A trainee took a seat directly. */
    record Enrolled(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId, Instant occurredAt)
            implements EnrolmentEvent {
    }

    /** A trainee was put on the waitlist. */
    record Waitlisted(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId, long position,
            Instant occurredAt) implements EnrolmentEvent {
    }

    /** A waitlisted trainee took a freed seat. */
    record PromotedFromWaitlist(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId,
            Instant occurredAt) implements EnrolmentEvent {
    }

    /** A trainee withdrew. */
    record Withdrawn(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId, EnrolmentStatus from,
            String reason, Instant occurredAt) implements EnrolmentEvent {
    }

    /** A trainee completed the cohort. */
    record Completed(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId, Instant occurredAt)
            implements EnrolmentEvent {
    }

    /** A trainee failed the cohort. */
    record Failed(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId, String reason,
            Instant occurredAt) implements EnrolmentEvent {
    }
}
