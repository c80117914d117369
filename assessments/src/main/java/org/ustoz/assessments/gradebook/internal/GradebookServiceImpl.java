package org.ustoz.assessments.gradebook.internal;

import org.ustoz.courses.CoursesError;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.assessments.question.internal.Rubrics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.gradebook.AddGradeCategory;
import org.ustoz.assessments.gradebook.AddGradeItem;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.ConfigureGradebook;
import org.ustoz.assessments.gradebook.GradeCell;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookService;
import org.ustoz.assessments.gradebook.OverrideEntry;
import org.ustoz.assessments.gradebook.OverrideGrade;
import org.ustoz.assessments.gradebook.RecordGrade;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.question.internal.Rubric;
import org.ustoz.assessments.internal.math.GradeMath;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentStatus;

/** {@link GradebookService} over Jakarta Persistence; reads through {@link GradebookCalculator}. */
public final class GradebookServiceImpl implements GradebookService {

    private static final List<EnrolmentStatus> GRADED = List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.FAILED);

    private final UstozRuntime ustoz;

    public GradebookServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public Gradebook configure(ConfigureGradebook c) {
        ustoz.validate(c);
        Set<BigDecimal> mins = new HashSet<>();
        for (int i = 0; i < c.scale().size(); i++) {
            ScaleBand b = c.scale().get(i);
            if (b.minPercent().signum() < 0 || b.minPercent().compareTo(BigDecimal.valueOf(100)) > 0
                    || b.label().isBlank() || !mins.add(b.minPercent().stripTrailingZeros())) {
                throw new UstozException(AssessmentsError.GRADE_SCALE_INVALID, "scale[" + i + "]");
            }
        }
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, c.cohortId());
            settings(em, cohort).configure(c.missingGrades(), c.scale(), c.passPercent(), ustoz.clock().instant());
            em.flush();
            return GradebookCalculator.compute(em, cohort.getId());
        });
    }

    private GradebookSettings settings(EntityManager em, Cohort cohort) {
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        // a locking read: under MariaDB's REPEATABLE READ a plain read could miss settings another
        // instance created after this transaction's first read
        List<GradebookSettings> found = em.createQuery("select g from GradebookSettings g where g.cohort = :c",
                GradebookSettings.class).setParameter("c", cohort).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        GradebookSettings s = new GradebookSettings(cohort, ustoz.clock().instant());
        em.persist(s);
        return s;
    }

    @Override
    public CategoryColumn addCategory(AddGradeCategory c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, c.cohortId());
            int position = em.createQuery("select coalesce(max(g.position), 0) from GradeCategory g where g.cohort = :c",
                    Integer.class).setParameter("c", cohort).getSingleResult() + 1;
            GradeCategory category = new GradeCategory(cohort, position, c.code(), c.title(), c.weight(), c.aggregation(),
                    c.dropLowest(), ustoz.clock().instant());
            em.persist(category);
            return category;
        }, GradebookMapper.INSTANCE::toView);
    }

    @Override
    public GradeColumn addItem(AddGradeItem c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            GradeCategory category = Finder.find(GradeCategory.class, AssessmentsError.GRADE_CATEGORY_NOT_FOUND, em, tenant, c.categoryId());
            Assessment assessment = null;
            BigDecimal max = c.maxPoints();
            if (c.assessmentId() != null) {
                assessment = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, c.assessmentId());
                if (!assessment.getCohort().equals(category.getCohort())) {
                    throw new UstozException(AssessmentsError.GRADE_ITEM_OTHER_COHORT, assessment.getCode());
                }
                max = assessment.maxPoints();
            } else if (max == null) {
                throw new UstozException(AssessmentsError.GRADE_POINTS_INVALID, "maxPoints", null, "100000");
            }
            Rubric rubric = c.rubricId() == null ? null : Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, c.rubricId());
            if (rubric != null && assessment != null) {
                throw new UstozException(AssessmentsError.ASSESSMENT_RUBRIC_NOT_MANUAL, c.code());
            }
            int position = em.createQuery("select coalesce(max(i.position), 0) from GradeItem i where i.cohort = :c",
                    Integer.class).setParameter("c", category.getCohort()).getSingleResult() + 1;
            GradeItem item = new GradeItem(category, position, c.code(), c.title(), assessment, max, c.weight(), rubric,
                    ustoz.clock().instant());
            em.persist(item);
            return item;
        }, GradebookMapper.INSTANCE::toView);
    }

    @Override
    public GradeCell record(RecordGrade c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        String actor = ustoz.caller().actorId().orElse(null);
        return ustoz.inTransaction(em -> {
            GradeItem item = Finder.find(GradeItem.class, AssessmentsError.GRADE_ITEM_NOT_FOUND, em, tenant, c.itemId());
            if (!item.isManual()) {
                throw new UstozException(AssessmentsError.GRADE_ITEM_NOT_MANUAL, item.getCode());
            }
            Enrolment enrolment = enrolment(em, item.getCohort(), c.traineeId());
            // grades of one trainee are recorded one at a time, so two first grades cannot both insert
            em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
            BigDecimal points;
            if (!c.rubric().isEmpty()) {
                if (item.getRubric() == null) {
                    throw new UstozException(AssessmentsError.GRADING_RUBRIC_SELECTION_INVALID, "rubric", "-");
                }
                Rubric r = item.getRubric();
                points = GradeMath.scale(Rubrics.points(r, c.rubric()), r.maxPoints(), item.getMaxPoints());
            } else {
                points = c.points();
                if (points == null || points.compareTo(item.getMaxPoints()) > 0) {
                    throw new UstozException(AssessmentsError.GRADE_POINTS_INVALID, "points", c.points(),
                            item.getMaxPoints());
                }
            }
            List<ManualGrade> found = em.createQuery("select g from ManualGrade g where g.item = :i and g.enrolment = :e",
                    ManualGrade.class).setParameter("i", item).setParameter("e", enrolment)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            Instant now = ustoz.clock().instant();
            ManualGrade g = found.isEmpty() ? null : found.get(0);
            if (g == null) {
                g = new ManualGrade(item, enrolment, now);
                em.persist(g);
            }
            g.record(points, c.rubric(), c.feedback(), actor, now);
            return new GradeCell(item.getId(), points, item.getMaxPoints(),
                    GradeMath.display(GradeMath.percent(points, item.getMaxPoints())), false, false);
        });
    }

    private static Enrolment enrolment(EntityManager em, Cohort cohort, UUID traineeId) {
        List<Enrolment> found = em.createQuery("select e from Enrolment e where e.cohort = :c and e.trainee.id = :t"
                        + " and e.status in :s", Enrolment.class).setParameter("c", cohort).setParameter("t", traineeId)
                .setParameter("s", GRADED).getResultList();
        if (found.isEmpty()) {
            throw new UstozException(AssessmentsError.ATTEMPT_NOT_ENROLLED, traineeId, cohort.getCode());
        }
        return found.get(0);
    }

    @Override
    public void override(OverrideGrade c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        String actor = ustoz.caller().actorId().orElse(null);
        ustoz.inTransaction(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, c.cohortId());
            Enrolment enrolment = enrolment(em, cohort, c.traineeId());
            if (c.itemId() != null) {
                GradeItem item = Finder.find(GradeItem.class, AssessmentsError.GRADE_ITEM_NOT_FOUND, em, tenant, c.itemId());
                if (!item.getCohort().equals(cohort)) {
                    throw new UstozException(AssessmentsError.GRADE_ITEM_NOT_FOUND, c.itemId());
                }
            } else if (c.value() != null && c.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new UstozException(AssessmentsError.GRADE_POINTS_INVALID, "value", c.value(), 100);
            }
            em.persist(new GradeOverride(cohort.getId(), enrolment.getId(), c.itemId(), c.value(), c.reason(), actor,
                    ustoz.clock().instant()));
            return null;
        });
    }

    @Override
    public List<OverrideEntry> history(UUID cohortId, UUID traineeId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            Enrolment enrolment = enrolment(em, cohort, traineeId);
            return em.createQuery("select o from GradeOverride o where o.enrolmentId = :e order by o.changedAt, o.id",
                            GradeOverride.class).setParameter("e", enrolment.getId()).getResultList().stream()
                    .map(o -> new OverrideEntry(o.getItemId(), o.getValue(), o.getReason(), o.getChangedBy(),
                            o.getChangedAt()))
                    .toList();
        });
    }

    @Override
    public Gradebook gradebook(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            return GradebookCalculator.compute(em, cohortId);
        });
    }
}
