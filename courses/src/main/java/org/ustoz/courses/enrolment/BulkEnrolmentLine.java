package org.ustoz.courses.enrolment;

import java.util.UUID;

/**
 * One trainee's line of a bulk enrolment report.
 *
 * @param traineeId the trainee, as listed
 * @param outcome what happened
 * @param enrolmentId the enrolment (new or existing), {@code null} when refused
 * @param status the enrolment's status, {@code null} when refused
 * @param waitlistPosition position on the waitlist when waitlisted
 * @param errorCode why it was refused, such as {@code courses.trainee.not-found}; {@code null} otherwise
 * @param message the reason in the caller's locale; {@code null} unless refused
 */
public record BulkEnrolmentLine(UUID traineeId, BulkOutcome outcome, UUID enrolmentId, EnrolmentStatus status,
        Long waitlistPosition, String errorCode, String message) {
}
