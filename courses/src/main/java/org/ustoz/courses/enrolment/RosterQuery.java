package org.ustoz.courses.enrolment;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.ustoz.core.paging.PageRequest;

/**
 * Which part of a roster to read: enrolled trainees first (by name), then the waitlist (by
 * position), then the rest.
 *
 * @param cohortId the cohort
 * @param statuses the enrolment states to include
 * @param page the page to read
 */
public record RosterQuery(@NotNull UUID cohortId, @NotEmpty Set<EnrolmentStatus> statuses,
        @NotNull @Valid PageRequest page) {

    public RosterQuery {
        statuses = statuses == null ? null : Set.copyOf(statuses);
    }

    /** Enrolled and waitlisted trainees of a cohort, first page of {@code size}. */
    public static RosterQuery open(UUID cohortId, int size) {
        return new RosterQuery(cohortId, EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED),
                PageRequest.first(size));
    }
}
