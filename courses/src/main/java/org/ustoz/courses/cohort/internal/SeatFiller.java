package org.ustoz.courses.cohort.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;

/**
 * Fills a cohort's free seats from its waitlist after its capacity grew. The enrolment feature
 * implements it; the cohort feature only calls it, so the two stay free of a package cycle.
 */
@FunctionalInterface
public interface SeatFiller {

    /** Promotes waitlisted trainees into the free seats of a cohort whose row the caller has locked. */
    void fillFreeSeats(EntityManager em, Cohort cohort, Instant at);
}
