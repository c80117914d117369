package org.ustoz.courses.internal;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.Course;
import org.ustoz.courses.catalogue.CourseModule;
import org.ustoz.courses.cohort.Cohort;
import org.ustoz.courses.enrolment.Enrolment;
import org.ustoz.courses.trainee.Trainee;

/** Loads entities of the caller's tenant, or fails with the module's not-found codes. */
final class Lookup {

    private Lookup() {
    }

    static Course course(EntityManager em, String tenant, UUID id) {
        Course c = id == null ? null : em.find(Course.class, id);
        if (c == null || !c.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.COURSE_NOT_FOUND, id);
        }
        return c;
    }

    static CourseModule module(EntityManager em, String tenant, UUID id) {
        CourseModule m = id == null ? null : em.find(CourseModule.class, id);
        if (m == null || !m.getCourse().getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.MODULE_NOT_FOUND, id);
        }
        return m;
    }

    static Cohort cohort(EntityManager em, String tenant, UUID id) {
        return cohort(em, tenant, id, LockModeType.NONE);
    }

    /**
     * The cohort with a write lock on its row ({@code SELECT ... FOR UPDATE}): every change of seats
     * takes it first, so that changes from all application instances serialise on the cohort.
     */
    static Cohort lockedCohort(EntityManager em, String tenant, UUID id) {
        return cohort(em, tenant, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Cohort cohort(EntityManager em, String tenant, UUID id, LockModeType lock) {
        Cohort c = id == null ? null : em.find(Cohort.class, id, lock);
        if (c == null || !c.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.COHORT_NOT_FOUND, id);
        }
        return c;
    }

    static Trainee trainee(EntityManager em, String tenant, UUID id) {
        Trainee t = id == null ? null : em.find(Trainee.class, id);
        if (t == null || !t.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.TRAINEE_NOT_FOUND, id);
        }
        return t;
    }

    static Enrolment enrolment(EntityManager em, String tenant, UUID id) {
        Enrolment e = id == null ? null : em.find(Enrolment.class, id);
        if (e == null || !e.getCohort().getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.ENROLMENT_NOT_FOUND, id);
        }
        return e;
    }
}
