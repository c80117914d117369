package org.ustoz.courses.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An enrolment as a service returns it; instants of steps not taken are {@code null}; {@code unmetCriteria}
 * are the keys of the criteria a failed enrolment did not meet at its last completion evaluation. */
public record EnrolmentView(UUID id, long version, UUID cohortId, UUID traineeId, EnrolmentStatus status,
        Long waitlistPosition, Instant requestedAt, Instant waitlistedAt, Instant enrolledAt, Instant completedAt,
        Instant failedAt, Instant withdrawnAt, String reason, String changedBy, List<String> unmetCriteria) {

    public EnrolmentView {
        unmetCriteria = List.copyOf(unmetCriteria);
    }
}
