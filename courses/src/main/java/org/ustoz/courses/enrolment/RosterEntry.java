package org.ustoz.courses.enrolment;

import java.time.Instant;
import java.util.UUID;

/** A line of a cohort's roster: the trainee's name and contact with the enrolment's state. */
public record RosterEntry(UUID enrolmentId, UUID traineeId, String fullName, String latinName, String email,
        String country, String school, EnrolmentStatus status, Long waitlistPosition, Instant requestedAt,
        Instant enrolledAt) {
}
