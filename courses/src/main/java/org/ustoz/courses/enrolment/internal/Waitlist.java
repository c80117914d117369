package org.ustoz.courses.enrolment.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.EnrolmentEvent;
import org.ustoz.courses.enrolment.EnrolmentStatus;

/** Fills free seats from the waitlist, first come first served. */
public final class Waitlist {

    private Waitlist() {
    }

    /**
     * Promotes as many waitlisted trainees as there are free seats, in waitlist order, with one
     * locking query. The caller holds the cohort's row lock.
     *
     * @return the promoted enrolments, in order
     */
    public static List<Enrolment> fillFreeSeats(UstozRuntime ustoz, EntityManager em, Cohort cohort, Instant at) {
        int free = cohort.getCapacity() - cohort.getEnrolledCount();
        if (free <= 0 || cohort.getWaitlistedCount() == 0) {
            return List.of();
        }
        List<Enrolment> next = em.createQuery("select e from Enrolment e where e.cohort = :c and e.status = :s "
                + "order by e.waitlistPosition", Enrolment.class)
                .setParameter("c", cohort).setParameter("s", EnrolmentStatus.WAITLISTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(free)
                .getResultList();
        String actor = ustoz.caller().actorId().orElse(null);
        for (Enrolment e : next) {
            e.promote(actor, at);
            cohort.promotedFromWaitlist(at);
            ustoz.publish(em, new EnrolmentEvent.PromotedFromWaitlist(cohort.getTenantId(), e.getId(),
                    cohort.getId(), e.getTrainee().getId(), at));
        }
        return next;
    }
}
