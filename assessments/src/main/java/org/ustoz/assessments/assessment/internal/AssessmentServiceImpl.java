package org.ustoz.assessments.assessment.internal;

import org.ustoz.courses.CoursesError;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.assessments.question.internal.Rubric;
import org.ustoz.assessments.question.internal.QuestionTypeRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.AssessmentService;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.CreateAssessment;
import org.ustoz.assessments.assessment.ItemSpec;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;

/** {@link AssessmentService} over Jakarta Persistence. */
public final class AssessmentServiceImpl implements AssessmentService {

    private final UstozRuntime ustoz;
    private final QuestionTypeRegistry types;

    private final MaxPointsListener maxPoints;

    public AssessmentServiceImpl(UstozRuntime ustoz, QuestionTypeRegistry types, MaxPointsListener maxPoints) {
        this.ustoz = ustoz;
        this.types = types;
        this.maxPoints = maxPoints;
    }

    @Override
    public AssessmentView create(CreateAssessment c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, c.cohortId());
            CourseModule module = c.moduleId() == null ? null : Finder.find(CourseModule.class, CoursesError.MODULE_NOT_FOUND, em, tenant, c.moduleId());
            List<AssessmentItem> items = items(em, tenant, types, c.items());
            Assessment a = new Assessment(cohort, module, c.code(), c.title(), c.kind(), c.opensAt(), c.closesAt(),
                    c.timeLimit(), c.grace(), c.attemptsAllowed(), c.gradingMethod(), c.passPercent(),
                    c.shuffleQuestions(), c.shuffleChoices(), items, ustoz.clock().instant());
            em.persist(a);
            return a;
        }, AssessmentMapper.INSTANCE::toView);
    }

    /** Items with their points and rubrics, the questions' latest versions read in one statement. */
    public static List<AssessmentItem> items(EntityManager em, String tenant, QuestionTypeRegistry types,
            List<ItemSpec> specs) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            if (!seen.add(specs.get(i).questionId())) {
                throw new UstozException(AssessmentsError.ASSESSMENT_DUPLICATE_QUESTION, "items[" + i + "]",
                        specs.get(i).questionId());
            }
        }
        Map<UUID, QuestionVersion> latest = latestVersions(em, tenant, seen);
        List<AssessmentItem> items = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ItemSpec s = specs.get(i);
            QuestionVersion v = latest.get(s.questionId());
            if (v == null) {
                throw new UstozException(AssessmentsError.QUESTION_NOT_FOUND, s.questionId());
            }
            UUID rubric = s.rubricId();
            if (rubric != null) {
                if (!types.get(v.getType()).gradedByHand()) {
                    throw new UstozException(AssessmentsError.ASSESSMENT_RUBRIC_NOT_MANUAL, "items[" + i + "].rubricId");
                }
                Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, rubric);
            } else if (v.getQuestion().getRubric() != null) {
                rubric = v.getQuestion().getRubric().getId();
            }
            BigDecimal points = s.points() != null ? s.points() : v.getPoints();
            items.add(new AssessmentItem(s.questionId(), points, rubric));
        }
        return items;
    }

    /** The latest version of each question of the tenant among {@code ids}, by question id. */
    public static Map<UUID, QuestionVersion> latestVersions(EntityManager em, String tenant, Set<UUID> ids) {
        Map<UUID, QuestionVersion> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (QuestionVersion v : em.createQuery("select v from QuestionVersion v join fetch v.question q"
                        + " left join fetch q.rubric where q.id in :ids and v.number = q.latestVersion"
                        + " and q.tenantId = :t", QuestionVersion.class)
                .setParameter("ids", ids).setParameter("t", tenant).getResultList()) {
            out.put(v.getQuestion().getId(), v);
        }
        return out;
    }

    @Override
    public AssessmentView get(UUID assessmentId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> AssessmentMapper.INSTANCE.toView(Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId)));
    }

    @Override
    public List<AssessmentView> ofCohort(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            return em.createQuery("select distinct a from Assessment a left join fetch a.items"
                            + " where a.cohort.id = :c order by a.opensAt, a.code", Assessment.class)
                    .setParameter("c", cohortId).getResultList().stream()
                    .map(AssessmentMapper.INSTANCE::toView).toList();
        });
    }

    @Override
    public AssessmentView reschedule(UUID assessmentId, Instant opensAt, Instant closesAt) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Assessment a = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId);
            a.reschedule(opensAt, closesAt, ustoz.clock().instant());
            return a;
        }, AssessmentMapper.INSTANCE::toView);
    }

    @Override
    public AssessmentView replaceItems(UUID assessmentId, List<ItemSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new UstozException(AssessmentsError.ASSESSMENT_NO_ITEMS, "items");
        }
        specs.forEach(ustoz::validate);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Assessment a = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId);
            em.lock(a, LockModeType.PESSIMISTIC_WRITE);
            long attempts = em.createQuery("select count(t) from Attempt t where t.assessment = :a", Long.class)
                    .setParameter("a", a).getSingleResult();
            if (attempts > 0) {
                throw new UstozException(AssessmentsError.ASSESSMENT_HAS_ATTEMPTS, a.getCode(), attempts);
            }
            Instant now = ustoz.clock().instant();
            a.replaceItems(items(em, tenant, types, specs), now);
            maxPoints.maxPointsChanged(em, a, now);
            return a;
        }, AssessmentMapper.INSTANCE::toView);
    }
}
