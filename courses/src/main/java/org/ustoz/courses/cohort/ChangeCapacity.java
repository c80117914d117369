package org.ustoz.courses.cohort;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Changes the seats of a cohort. More seats promote trainees from the waitlist, first come first
 * served; fewer seats may not drop below the trainees already enrolled.
 *
 * @param cohortId the cohort
 * @param capacity new number of seats
 * @param waitlistCapacity new waitlist limit; {@code null} for no limit
 */
public record ChangeCapacity(@NotNull UUID cohortId, @Min(1) @Max(10_000) int capacity,
        @Min(0) @Max(10_000) Integer waitlistCapacity) {
}
