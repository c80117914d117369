package org.ustoz.assessments.internal;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.Assessment;
import org.ustoz.assessments.attempt.Attempt;
import org.ustoz.assessments.gradebook.GradeCategory;
import org.ustoz.assessments.gradebook.GradeItem;
import org.ustoz.assessments.grading.Rubric;
import org.ustoz.assessments.question.Question;
import org.ustoz.assessments.question.QuestionCategory;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.CourseModule;
import org.ustoz.courses.cohort.Cohort;
import org.ustoz.courses.trainee.Trainee;

/** Loads entities of the caller's tenant, or fails with a not-found code. */
final class Find {

    private Find() {
    }

    static QuestionCategory category(EntityManager em, String tenant, UUID id) {
        QuestionCategory c = id == null ? null : em.find(QuestionCategory.class, id);
        if (c == null || !c.getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.CATEGORY_NOT_FOUND, id);
        }
        return c;
    }

    static Question question(EntityManager em, String tenant, UUID id) {
        Question q = id == null ? null : em.find(Question.class, id);
        if (q == null || !q.getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.QUESTION_NOT_FOUND, id);
        }
        return q;
    }

    static Rubric rubric(EntityManager em, String tenant, UUID id) {
        Rubric r = id == null ? null : em.find(Rubric.class, id);
        if (r == null || !r.getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.RUBRIC_NOT_FOUND, id);
        }
        return r;
    }

    static Assessment assessment(EntityManager em, String tenant, UUID id) {
        Assessment a = id == null ? null : em.find(Assessment.class, id);
        if (a == null || !a.getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.ASSESSMENT_NOT_FOUND, id);
        }
        return a;
    }

    /** The attempt with a write lock on its row: submits and grading of one attempt serialise on it. */
    static Attempt lockedAttempt(EntityManager em, String tenant, UUID id) {
        Attempt a = id == null ? null : em.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.getAssessment().getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.ATTEMPT_NOT_FOUND, id);
        }
        return a;
    }

    static Attempt attempt(EntityManager em, String tenant, UUID id) {
        Attempt a = id == null ? null : em.find(Attempt.class, id);
        if (a == null || !a.getAssessment().getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.ATTEMPT_NOT_FOUND, id);
        }
        return a;
    }

    static Cohort cohort(EntityManager em, String tenant, UUID id) {
        Cohort c = id == null ? null : em.find(Cohort.class, id);
        if (c == null || !c.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.COHORT_NOT_FOUND, id);
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

    static Trainee trainee(EntityManager em, String tenant, UUID id) {
        Trainee t = id == null ? null : em.find(Trainee.class, id);
        if (t == null || !t.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.TRAINEE_NOT_FOUND, id);
        }
        return t;
    }

    static GradeCategory gradeCategory(EntityManager em, String tenant, UUID id) {
        GradeCategory c = id == null ? null : em.find(GradeCategory.class, id);
        if (c == null || !c.getCohort().getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.GRADE_CATEGORY_NOT_FOUND, id);
        }
        return c;
    }

    static GradeItem gradeItem(EntityManager em, String tenant, UUID id) {
        GradeItem i = id == null ? null : em.find(GradeItem.class, id);
        if (i == null || !i.getCohort().getTenantId().equals(tenant)) {
            throw new UstozException(AssessmentsError.GRADE_ITEM_NOT_FOUND, id);
        }
        return i;
    }
}
