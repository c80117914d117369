package org.ustoz.courses.enrolment;

import java.time.Instant;
import java.util.UUID;

/** An enrolment as a service returns it; instants of steps not taken are {@code null}. */
public record EnrolmentView(UUID id, long version, UUID cohortId, UUID traineeId, EnrolmentStatus status,
        Long waitlistPosition, Instant requestedAt, Instant waitlistedAt, Instant enrolledAt, Instant completedAt,
        Instant failedAt, Instant withdrawnAt, String reason, String changedBy) {
}
