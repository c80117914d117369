package org.ustoz.courses.completion;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ustoz.courses.enrolment.EnrolmentStatus;

/**
 * The outcome for one enrolment.
 *
 * @param previousStatus the status before this evaluation
 * @param status completed or failed
 * @param unmet the criteria not met; empty when completed
 * @param certificateCode the verification code of the enrolment's valid certificate, if any
 */
public record CompletionLine(UUID enrolmentId, UUID traineeId, String fullName, EnrolmentStatus previousStatus,
        EnrolmentStatus status, BigDecimal attendancePercent, List<UnmetCriterion> unmet, String certificateCode) {

    public CompletionLine {
        unmet = List.copyOf(unmet);
    }

    /** Whether this evaluation changed the enrolment's status. */
    public boolean changed() {
        return previousStatus != status;
    }
}
