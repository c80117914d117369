package org.ustoz.assessments.grading.internal;

import org.ustoz.assessments.internal.math.GradeMath;
import org.ustoz.assessments.question.internal.QuestionMapper;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.assessments.assessment.internal.AssessmentServiceImpl;
import org.ustoz.assessments.attempt.internal.Attempts;
import org.ustoz.assessments.question.internal.QuestionTypeRegistry;
import org.ustoz.assessments.question.internal.Rubrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.attempt.AnswerState;
import org.ustoz.assessments.attempt.internal.Attempt;
import org.ustoz.assessments.attempt.internal.AnswerGradeChange;
import org.ustoz.assessments.attempt.internal.AttemptAnswer;
import org.ustoz.assessments.attempt.AttemptEvent;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.gradebook.internal.ManualGrade;
import org.ustoz.assessments.grading.CreateRubric;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.GradeChange;
import org.ustoz.assessments.grading.GradingService;
import org.ustoz.assessments.grading.PendingAnswer;
import org.ustoz.assessments.grading.RegradeReport;
import org.ustoz.assessments.grading.ReviseRubric;
import org.ustoz.assessments.question.internal.Rubric;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;

/**
 * {@link GradingService} over Jakarta Persistence. Rubric points are scaled to the item's points:
 * {@code levels' points × item points / rubric maximum}, rounded half-up to 2 places.
 */
public final class GradingServiceImpl implements GradingService {

    private final UstozRuntime ustoz;
    private final QuestionTypeRegistry types;

    public GradingServiceImpl(UstozRuntime ustoz, QuestionTypeRegistry types) {
        this.ustoz = ustoz;
        this.types = types;
    }

    @Override
    public RubricView createRubric(CreateRubric c) {
        ustoz.validate(c);
        Rubrics.check(c.criteria());
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Rubric r = new Rubric(tenant, c.title(), c.criteria(), ustoz.clock().instant());
            em.persist(r);
            return r;
        }, QuestionMapper.INSTANCE::toView);
    }

    @Override
    public RubricView reviseRubric(ReviseRubric c) {
        ustoz.validate(c);
        Rubrics.check(c.criteria());
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Rubric r = Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, c.rubricId());
            r.revise(c.title(), c.criteria(), ustoz.clock().instant());
            return r;
        }, QuestionMapper.INSTANCE::toView);
    }

    @Override
    public RubricView rubric(UUID rubricId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> QuestionMapper.INSTANCE.toView(Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, rubricId)));
    }

    @Override
    public List<PendingAnswer> queue(UUID assessmentId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Assessment a = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId);
            List<Object[]> rows = em.createQuery("select ans, tr.fullName from AttemptAnswer ans"
                            + " join fetch ans.questionVersion join fetch ans.attempt t, Trainee tr"
                            + " where t.assessment = :a and ans.state = :s and tr.id = t.traineeId"
                            + " order by t.submittedAt, t.id, ans.slot", Object[].class)
                    .setParameter("a", a).setParameter("s", AnswerState.NEEDS_GRADING).getResultList();
            List<PendingAnswer> out = new ArrayList<>();
            for (Object[] row : rows) {
                AttemptAnswer ans = (AttemptAnswer) row[0];
                Attempt t = ans.getAttempt();
                out.add(new PendingAnswer(t.getId(), a.getId(), a.getCode(), t.getTraineeId(), (String) row[1],
                        ans.getQuestionId(), ans.getSlot(), ans.getQuestionVersion().getContent().stem(),
                        ans.response().single(), ans.getMaxPoints(), ans.getRubricId(), t.getSubmittedAt(),
                        ans.getVersion()));
            }
            return out;
        });
    }

    @Override
    public AttemptView grade(GradeAnswer c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        String actor = ustoz.caller().actorId().orElse(null);
        return ustoz.inTransaction(em -> {
            Attempt t = Finder.findLocked(Attempt.class, AssessmentsError.ATTEMPT_NOT_FOUND, em, tenant, c.attemptId());
            if (!t.getStatus().isSubmitted()) {
                throw new UstozException(AssessmentsError.GRADING_NOT_SUBMITTED, t.getId());
            }
            List<AttemptAnswer> answers = Attempts.answers(em, t);
            AttemptAnswer ans = answers.stream().filter(a -> a.getQuestionId().equals(c.questionId())).findFirst()
                    .orElseThrow(() -> new UstozException(AssessmentsError.ATTEMPT_QUESTION_NOT_IN_ATTEMPT,
                            "questionId", c.questionId()));
            QuestionType type = types.get(ans.getQuestionVersion().getType());
            if (!type.gradedByHand()) {
                throw new UstozException(AssessmentsError.GRADING_NOT_BY_HAND, c.questionId(), type.id());
            }
            BigDecimal points;
            if (!c.rubric().isEmpty()) {
                if (ans.getRubricId() == null) {
                    throw new UstozException(AssessmentsError.GRADING_RUBRIC_SELECTION_INVALID, "rubric", "-");
                }
                Rubric r = Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, ans.getRubricId());
                points = GradeMath.scale(Rubrics.points(r, c.rubric()), r.maxPoints(), ans.getMaxPoints());
            } else {
                points = c.points();
                if (points == null || points.compareTo(ans.getMaxPoints()) > 0) {
                    throw new UstozException(AssessmentsError.GRADING_POINTS_INVALID, "points", c.points(),
                            ans.getMaxPoints());
                }
            }
            // checked under the attempt's row lock: of grades given on one version, one is accepted
            if (ans.getVersion() != c.expectedVersion()) {
                throw new UstozException(CoreError.CONCURRENT_MODIFICATION,
                        new OptimisticLockException("attempt answer " + ans.getId()));
            }
            Instant now = ustoz.clock().instant();
            String reason = c.reason() == null || c.reason().isBlank() ? null : c.reason();
            em.persist(ans.gradeByHand(points, c.rubric(), c.feedback(), reason, actor, now));
            boolean totalChanged = Attempts.total(t, answers, now);
            if (totalChanged && t.getStatus() == AttemptStatus.GRADED) {
                ustoz.publish(em, new AttemptEvent.Graded(tenant, t.getId(), t.getAssessment().getId(),
                        t.getTraineeId(), t.getPoints(), t.getMaxPoints(), now));
            }
            em.flush();
            return Attempts.view(t, answers);
        });
    }


    @Override
    public RegradeReport regrade(UUID assessmentId, boolean latestVersions) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Assessment a = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId);
            List<Attempt> attempts = em.createQuery("select t from Attempt t where t.assessment = :a"
                    + " and t.status <> :p order by t.id", Attempt.class).setParameter("a", a)
                    .setParameter("p", AttemptStatus.IN_PROGRESS).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            Map<UUID, List<AttemptAnswer>> byAttempt = new LinkedHashMap<>();
            attempts.forEach(t -> byAttempt.put(t.getId(), new ArrayList<>()));
            if (!attempts.isEmpty()) {
                for (AttemptAnswer ans : em.createQuery("select ans from AttemptAnswer ans join fetch ans.questionVersion"
                        + " where ans.attempt.assessment = :a and ans.attempt.status <> :p", AttemptAnswer.class)
                        .setParameter("a", a).setParameter("p", AttemptStatus.IN_PROGRESS).getResultList()) {
                    byAttempt.get(ans.getAttempt().getId()).add(ans);
                }
            }
            Set<UUID> questionIds = new HashSet<>();
            a.getItems().forEach(i -> questionIds.add(i.getQuestionId()));
            Map<UUID, QuestionVersion> latest = latestVersions
                    ? AssessmentServiceImpl.latestVersions(em, tenant, questionIds) : Map.of();
            Map<UUID, Rubric> rubrics = rubrics(em, tenant, byAttempt);
            Instant now = ustoz.clock().instant();
            String actor = ustoz.caller().actorId().orElse(null);
            int answersChanged = 0;
            int attemptsChanged = 0;
            for (Attempt t : attempts) {
                List<AttemptAnswer> answers = byAttempt.get(t.getId());
                for (AttemptAnswer ans : answers) {
                    QuestionVersion v = latest.get(ans.getQuestionId());
                    if (v != null && !v.equals(ans.getQuestionVersion())) {
                        ans.useVersion(v, now);
                    }
                    if (regradeAnswer(em, ans, rubrics, actor, now)) {
                        answersChanged++;
                    }
                }
                if (Attempts.total(t, answers, now)) {
                    attemptsChanged++;
                    if (t.getStatus() == AttemptStatus.GRADED) {
                        ustoz.publish(em, new AttemptEvent.Graded(tenant, t.getId(), a.getId(), t.getTraineeId(),
                                t.getPoints(), t.getMaxPoints(), now));
                    }
                }
            }
            return new RegradeReport(a.getId(), attempts.size(), answersChanged, attemptsChanged);
        });
    }

    private boolean regradeAnswer(EntityManager em, AttemptAnswer ans, Map<UUID, Rubric> rubrics, String actor,
            Instant now) {
        QuestionVersion v = ans.getQuestionVersion();
        QuestionType type = types.get(v.getType());
        if (!type.gradedByHand()) {
            return ans.grade(Attempts.credit(type, v.getContent(), ans.response()), now);
        }
        if (ans.getState() == AnswerState.GRADED && ans.getRubricId() != null && !ans.rubricScores().isEmpty()) {
            Rubric r = rubrics.get(ans.getRubricId());
            BigDecimal points = GradeMath.scale(Rubrics.recompute(r, ans.rubricScores()), r.maxPoints(), ans.getMaxPoints());
            return changed(em, ans.regradeFromRubric(points, actor, now));
        }
        return false;
    }

    /** Persists a kept change of a hand grade; returns whether there was one. */
    private static boolean changed(EntityManager em, AnswerGradeChange change) {
        if (change == null) {
            return false;
        }
        em.persist(change);
        return true;
    }

    private static Map<UUID, Rubric> rubrics(EntityManager em, String tenant, Map<UUID, List<AttemptAnswer>> answers) {
        Set<UUID> ids = new HashSet<>();
        answers.values().forEach(l -> l.forEach(a -> {
            if (a.getRubricId() != null) {
                ids.add(a.getRubricId());
            }
        }));
        Map<UUID, Rubric> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r from Rubric r where r.id in :ids and r.tenantId = :t", Rubric.class)
                    .setParameter("ids", ids).setParameter("t", tenant).getResultList()
                    .forEach(r -> out.put(r.getId(), r));
        }
        return out;
    }

    @Override
    public List<GradeChange> history(UUID attemptId, UUID questionId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Attempt t = Finder.find(Attempt.class, AssessmentsError.ATTEMPT_NOT_FOUND, em, tenant, attemptId);
            return em.createQuery("select c from AnswerGradeChange c join c.answer a where a.attempt = :t"
                            + " and a.questionId = :q order by c.answerVersion, c.id", AnswerGradeChange.class)
                    .setParameter("t", t).setParameter("q", questionId).getResultList().stream()
                    .map(c -> new GradeChange(attemptId, questionId, c.getAnswerVersion(), c.getChangedAt(),
                            c.getChangedBy(), c.getKind(), c.getPreviousPoints(), c.getNewPoints(),
                            c.previousLevels(), c.newLevels(), c.isFeedbackChanged(), c.getWhy()))
                    .toList();
        });
    }

    @Override
    public RegradeReport regradeRubric(UUID rubricId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Rubric r = Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, rubricId);
            Instant now = ustoz.clock().instant();
            String actor = ustoz.caller().actorId().orElse(null);
            List<AttemptAnswer> answers = em.createQuery("select ans from AttemptAnswer ans join fetch ans.attempt t"
                            + " where ans.rubricId = :r and ans.state = :g and t.status <> :p", AttemptAnswer.class)
                    .setParameter("r", rubricId).setParameter("g", AnswerState.GRADED)
                    .setParameter("p", AttemptStatus.IN_PROGRESS).getResultList();
            Map<Attempt, Boolean> touched = new LinkedHashMap<>();
            int changed = 0;
            for (AttemptAnswer ans : answers) {
                if (ans.rubricScores().isEmpty()) {
                    continue;
                }
                BigDecimal points = GradeMath.scale(Rubrics.recompute(r, ans.rubricScores()), r.maxPoints(), ans.getMaxPoints());
                if (changed(em, ans.regradeFromRubric(points, actor, now))) {
                    changed++;
                    touched.put(ans.getAttempt(), true);
                }
            }
            int attemptsChanged = 0;
            if (!touched.isEmpty()) {
                Map<UUID, List<AttemptAnswer>> all = new HashMap<>();
                for (AttemptAnswer ans : em.createQuery("select ans from AttemptAnswer ans where ans.attempt in :ts",
                        AttemptAnswer.class).setParameter("ts", touched.keySet()).getResultList()) {
                    all.computeIfAbsent(ans.getAttempt().getId(), k -> new ArrayList<>()).add(ans);
                }
                for (Attempt t : touched.keySet()) {
                    if (Attempts.total(t, all.get(t.getId()), now)) {
                        attemptsChanged++;
                    }
                }
            }
            List<ManualGrade> grades = em.createQuery("select g from ManualGrade g join fetch g.item i"
                    + " where i.rubric = :r", ManualGrade.class).setParameter("r", r).getResultList();
            for (ManualGrade g : grades) {
                if (g.rubricScores().isEmpty()) {
                    continue;
                }
                BigDecimal points = GradeMath.scale(Rubrics.recompute(r, g.rubricScores()), r.maxPoints(), g.getItem().getMaxPoints());
                if (g.regradeFromRubric(points, now)) {
                    changed++;
                    attemptsChanged++;
                }
            }
            return new RegradeReport(rubricId, answers.size() + grades.size(), changed, attemptsChanged);
        });
    }
}
