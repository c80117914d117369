package org.ustoz.courses.enrolment;

import java.util.UUID;

/** Seat counts of a cohort. */
public record RosterSummary(UUID cohortId, String cohortCode, int capacity, Integer waitlistCapacity, long enrolled,
        long waitlisted, long completed, long failed, long withdrawn) {

    /** Seats not yet taken. */
    public long seatsLeft() {
        return Math.max(0, capacity - enrolled);
    }
}
