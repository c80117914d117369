package org.ustoz.assessments.attempt.internal;

import org.ustoz.courses.CoursesError;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.courses.trainee.internal.Trainee;
import org.ustoz.assessments.assessment.internal.AssessmentServiceImpl;
import org.ustoz.assessments.question.internal.QuestionTypeRegistry;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.assessment.internal.AssessmentItem;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AttemptEvent;
import org.ustoz.assessments.attempt.AttemptService;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptSummary;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentStatus;

/**
 * {@link AttemptService} over Jakarta Persistence. Starting relies on the database: the unique
 * constraints on (assessment, trainee, in-progress mark) and (assessment, trainee, number) refuse a
 * second attempt in progress and a lost race for the last attempt, from any application instance.
 * Saving, submitting and grading one attempt serialise on its row lock.
 */
public final class AttemptServiceImpl implements AttemptService {

    private final UstozRuntime ustoz;
    private final QuestionTypeRegistry types;
    private final SecureRandom seeds = new SecureRandom();

    public AttemptServiceImpl(UstozRuntime ustoz, QuestionTypeRegistry types) {
        this.ustoz = ustoz;
        this.types = types;
    }

    @Override
    public AttemptView start(StartAttempt c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Assessment a = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, c.assessmentId());
            Finder.find(Trainee.class, CoursesError.TRAINEE_NOT_FOUND, em, tenant, c.traineeId());
            List<Enrolment> enrolments = em.createQuery("select e from Enrolment e join fetch e.trainee"
                            + " where e.cohort = :c and e.trainee.id = :t and e.status = :s", Enrolment.class)
                    .setParameter("c", a.getCohort()).setParameter("t", c.traineeId())
                    .setParameter("s", EnrolmentStatus.ENROLLED).getResultList();
            if (enrolments.isEmpty()) {
                throw new UstozException(AssessmentsError.ATTEMPT_NOT_ENROLLED, c.traineeId(), a.getCohort().getCode());
            }
            Instant now = ustoz.clock().instant();
            if (now.isBefore(a.getOpensAt())) {
                throw new UstozException(AssessmentsError.ATTEMPT_NOT_OPEN_YET, a.getCode(), a.getOpensAt());
            }
            if (!now.isBefore(a.getClosesAt())) {
                throw new UstozException(AssessmentsError.ATTEMPT_WINDOW_CLOSED, a.getCode(), a.getClosesAt());
            }
            Object[] stats = em.createQuery("select count(t), coalesce(max(t.number), 0),"
                            + " coalesce(sum(case when t.status = :p then 1 else 0 end), 0)"
                            + " from Attempt t where t.assessment = :a and t.traineeId = :t", Object[].class)
                    .setParameter("a", a).setParameter("t", c.traineeId()).setParameter("p", AttemptStatus.IN_PROGRESS)
                    .getSingleResult();
            long taken = ((Number) stats[0]).longValue();
            int lastNumber = ((Number) stats[1]).intValue();
            if (((Number) stats[2]).longValue() > 0) {
                throw new UstozException(AssessmentsError.ATTEMPT_IN_PROGRESS, a.getCode());
            }
            if (a.getAttemptsAllowed() != null && taken >= a.getAttemptsAllowed()) {
                throw new UstozException(AssessmentsError.ATTEMPT_NONE_LEFT, a.getCode(), a.getAttemptsAllowed());
            }
            List<AssessmentItem> items = a.getItems();
            Set<UUID> ids = new LinkedHashSet<>();
            items.forEach(i -> ids.add(i.getQuestionId()));
            Map<UUID, QuestionVersion> latest = AssessmentServiceImpl.latestVersions(em, tenant, ids);
            long seed = seeds.nextLong();
            Instant due = a.timeLimit() == null ? a.getClosesAt() : min(now.plus(a.timeLimit()), a.getClosesAt());
            Attempt t = new Attempt(a, enrolments.get(0), lastNumber + 1, seed, now, due, a.maxPoints());
            em.persist(t);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
            if (a.isShuffleQuestions()) {
                Collections.shuffle(order, new Random(seed));
            }
            List<AttemptAnswer> answers = new ArrayList<>();
            for (int p = 0; p < order.size(); p++) {
                int s = order.get(p);
                AssessmentItem item = items.get(s);
                QuestionVersion v = latest.get(item.getQuestionId());
                QuestionType type = types.get(v.getType());
                AttemptAnswer ans = new AttemptAnswer(t, s + 1, p + 1, v, item.getPoints(), item.getRubricId(),
                        Attempts.choiceOrder(a, type, v.getContent(), seed, s + 1), now);
                em.persist(ans);
                answers.add(ans);
            }
            ustoz.publish(em, new AttemptEvent.Started(tenant, t.getId(), a.getId(), c.traineeId(), t.getNumber(), now));
            em.flush();
            return Attempts.view(t, answers);
        });
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public AttemptView save(SaveResponses c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Attempt t = Finder.findLocked(Attempt.class, AssessmentsError.ATTEMPT_NOT_FOUND, em, tenant, c.attemptId());
            Instant now = ustoz.clock().instant();
            t.requireOpen(now);
            List<AttemptAnswer> answers = Attempts.answers(em, t);
            apply(c.answers(), answers, now);
            em.flush();
            return Attempts.view(t, answers);
        });
    }

    /** Checks every line first, then stores them: all or nothing. */
    private void apply(List<AnswerLine> lines, List<AttemptAnswer> answers, Instant now) {
        Map<UUID, AttemptAnswer> byQuestion = new HashMap<>();
        answers.forEach(a -> byQuestion.put(a.getQuestionId(), a));
        for (int i = 0; i < lines.size(); i++) {
            AnswerLine line = lines.get(i);
            AttemptAnswer ans = byQuestion.get(line.questionId());
            if (ans == null) {
                throw new UstozException(AssessmentsError.ATTEMPT_QUESTION_NOT_IN_ATTEMPT,
                        "answers[" + i + "].questionId", line.questionId());
            }
            if (!line.response().isEmpty()) {
                QuestionVersion v = ans.getQuestionVersion();
                List<String> problems = types.get(v.getType()).problemsWithResponse(v.getContent(), line.response());
                if (!problems.isEmpty()) {
                    throw new UstozException(AssessmentsError.ATTEMPT_RESPONSE_INVALID, "answers[" + i + "].response",
                            problems.get(0));
                }
            }
        }
        for (AnswerLine line : lines) {
            byQuestion.get(line.questionId()).respond(line.response(), now);
        }
    }

    @Override
    public AttemptView submit(UUID attemptId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Attempt t = Finder.findLocked(Attempt.class, AssessmentsError.ATTEMPT_NOT_FOUND, em, tenant, attemptId);
            List<AttemptAnswer> answers = Attempts.answers(em, t);
            if (t.getStatus() == AttemptStatus.IN_PROGRESS) {
                close(em, t, answers, ustoz.clock().instant());
                em.flush();
            }
            return Attempts.view(t, answers);
        });
    }

    @Override
    public AttemptView submit(SaveResponses c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Attempt t = Finder.findLocked(Attempt.class, AssessmentsError.ATTEMPT_NOT_FOUND, em, tenant, c.attemptId());
            List<AttemptAnswer> answers = Attempts.answers(em, t);
            if (t.getStatus() == AttemptStatus.IN_PROGRESS) {
                Instant now = ustoz.clock().instant();
                if (!t.isOverdue(now)) {
                    apply(c.answers(), answers, now);
                }
                close(em, t, answers, now);
                em.flush();
            }
            return Attempts.view(t, answers);
        });
    }

    /** Submits (or closes as overdue) and grades; publishes the events. */
    private void close(EntityManager em, Attempt t, List<AttemptAnswer> answers, Instant now) {
        boolean overdue = t.isOverdue(now);
        t.submit(now, overdue);
        Attempts.grade(t, answers, types, now);
        String tenant = t.getAssessment().getTenantId();
        ustoz.publish(em, new AttemptEvent.Submitted(tenant, t.getId(), t.getAssessment().getId(), t.getTraineeId(),
                overdue, now));
        if (t.getStatus() == AttemptStatus.GRADED) {
            ustoz.publish(em, new AttemptEvent.Graded(tenant, t.getId(), t.getAssessment().getId(), t.getTraineeId(),
                    t.getPoints(), t.getMaxPoints(), now));
        }
    }

    @Override
    public AttemptView get(UUID attemptId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Attempt t = Finder.find(Attempt.class, AssessmentsError.ATTEMPT_NOT_FOUND, em, tenant, attemptId);
            return Attempts.view(t, Attempts.answers(em, t));
        });
    }

    @Override
    public List<AttemptSummary> attempts(UUID assessmentId, UUID traineeId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId);
            return em.createQuery("select t from Attempt t where t.assessment.id = :a and t.traineeId = :t"
                            + " order by t.number", Attempt.class)
                    .setParameter("a", assessmentId).setParameter("t", traineeId).getResultList().stream()
                    .map(t -> new AttemptSummary(t.getId(), assessmentId, traineeId, t.getNumber(), t.getStatus(),
                            t.getStartedAt(), t.getSubmittedAt(), t.getPoints(), t.getMaxPoints()))
                    .toList();
        });
    }

    /** How many overdue attempts one read fetches. */
    static final int OVERDUE_CHUNK = 200;

    @Override
    public int closeOverdue() {
        return closeOverdue(ustoz.caller().tenantId());
    }

    @Override
    public int closeOverdueInAllTenants() {
        return closeOverdue(null);
    }

    /**
     * Closes the overdue attempts of one tenant, or of all when {@code tenant} is {@code null}: reads
     * them in chunks ordered by (due time, id), each chunk after the last row of the one before, and
     * closes each attempt in a transaction of its own under its row lock, checking again there.
     */
    private int closeOverdue(String tenant) {
        Instant now = ustoz.clock().instant();
        int closed = 0;
        Instant afterDue = null;
        UUID afterId = null;
        while (true) {
            List<Object[]> chunk = overdue(tenant, now, afterDue, afterId);
            for (Object[] row : chunk) {
                UUID id = (UUID) row[0];
                boolean done = ustoz.inTransaction(em -> {
                    Attempt t = em.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE);
                    if (t == null || (tenant != null && !tenant.equals(t.getTenantId()))
                            || t.getStatus() != AttemptStatus.IN_PROGRESS || !t.isOverdue(now)) {
                        return false;
                    }
                    close(em, t, Attempts.answers(em, t), now);
                    return true;
                });
                if (done) {
                    closed++;
                }
            }
            if (chunk.size() < OVERDUE_CHUNK) {
                return closed;
            }
            Object[] last = chunk.get(chunk.size() - 1);
            afterDue = (Instant) last[1];
            afterId = (UUID) last[0];
        }
    }

    private List<Object[]> overdue(String tenant, Instant now, Instant afterDue, UUID afterId) {
        String jpql = "select t.id, t.dueAt from Attempt t where t.inProgress = 'Y' and t.dueAt < :now"
                + (tenant == null ? "" : " and t.assessment.tenantId = :tenant")
                + (afterDue == null ? "" : " and (t.dueAt > :afterDue or (t.dueAt = :afterDue and t.id > :afterId))")
                + " order by t.dueAt, t.id";
        return ustoz.read(em -> {
            var query = em.createQuery(jpql, Object[].class).setParameter("now", now).setMaxResults(OVERDUE_CHUNK);
            if (tenant != null) {
                query.setParameter("tenant", tenant);
            }
            if (afterDue != null) {
                query.setParameter("afterDue", afterDue).setParameter("afterId", afterId);
            }
            return query.getResultList();
        });
    }
}
