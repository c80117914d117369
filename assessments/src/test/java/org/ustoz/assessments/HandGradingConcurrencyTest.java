package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AnswerState;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.PresentedQuestion;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.grading.CreateRubric;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.GradeChange;
import org.ustoz.assessments.grading.GradeChangeKind;
import org.ustoz.assessments.grading.PendingAnswer;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;

/**
 * Grading one answer by hand is checked against the version the grader saw: of concurrent grades on
 * one version, over two application instances, exactly one is accepted, and each accepted grade is
 * kept in the answer's history.
 */
class HandGradingConcurrencyTest extends AssessmentsTest {

    private static final String CONCURRENT = "core.concurrent-modification";
    private static final String[] GOALS = {"weak", "good", "strong"};
    private static final String[] TOOLS = {"none", "some", "rich"};

    record Essay(UUID attemptId, UUID questionId, UUID assessmentId) {
    }

    /** A submitted attempt whose essay (rubric: goals 0/2/4, tools 0/3/6; 10 points) waits for a grader. */
    private static Essay submittedEssay() {
        t.clock().set(seoul(6, 10, 0));
        Cohort c = cohort(1);
        CategoryView cat = category("HANDRACE" + (++serial));
        RubricView rubric = assessments.grading().createRubric(new CreateRubric(text("Lesson plan"), List.of(
                new RubricCriterion("goals", text("Goals"), List.of(RubricLevel.of("weak", text("Weak"), "0"),
                        RubricLevel.of("good", text("Good"), "2"), RubricLevel.of("strong", text("Strong"), "4"))),
                new RubricCriterion("tools", text("Digital tools"), List.of(RubricLevel.of("none", text("None"), "0"),
                        RubricLevel.of("some", text("Some"), "3"), RubricLevel.of("rich", text("Rich"), "6"))))));
        QuestionView e = essay(cat, rubric.id());
        AssessmentView a = assessment(c, AssessmentKind.ASSIGNMENT, List.of(e), null, null, GradingMethod.HIGHEST,
                false);
        AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        AttemptView submitted = assessments.attempts().submit(new SaveResponses(at.id(), List.of(
                new AnswerLine(e.id(), Response.text("We used Padlet to collect ideas.")))));
        assertThat(submitted.status()).isEqualTo(AttemptStatus.NEEDS_GRADING);
        return new Essay(at.id(), e.id(), a.id());
    }

    private static PresentedQuestion answer(Essay essay) {
        return assessments.attempts().get(essay.attemptId()).questions().stream()
                .filter(q -> q.questionId().equals(essay.questionId())).findFirst().orElseThrow();
    }

    private static long changeRows(Essay essay) {
        return t.db().queryLong("SELECT COUNT(*) FROM ustoz_answer_grade_change c JOIN ustoz_attempt_answer a"
                + " ON a.id = c.answer_id WHERE a.attempt_id = '" + essay.attemptId() + "'");
    }

    @Test
    void tenGradersOnTwoInstancesOnOneVersionMakeOneGradeAndEachAcceptedGradeIsKept() throws Exception {
        Essay essay = submittedEssay();
        PendingAnswer pending = assessments.grading().queue(essay.assessmentId()).get(0);
        long v0 = pending.answerVersion();
        assertThat(answer(essay).answerVersion()).isEqualTo(v0);
        try (Ustoz second = t.secondInstance(4)) {
            Assessments other = Assessments.of(second);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                // round 1: points 0..9 given at once on the version the queue showed
                t.caller().actor("grader-1");
                List<Object> first = race(pool, 10, i -> (i % 2 == 0 ? assessments : other).grading().grade(
                        new GradeAnswer(essay.attemptId(), essay.questionId(), v0, BigDecimal.valueOf(i), null,
                                "Feedback " + i, "First reading")));
                int w1 = winner(first);
                PresentedQuestion afterFirst = answer(essay);
                assertThat(afterFirst.points()).isEqualByComparingTo(BigDecimal.valueOf(w1));
                assertThat(afterFirst.feedback()).isEqualTo("Feedback " + w1);
                assertThat(afterFirst.gradedBy()).isEqualTo("grader-1");
                assertThat(afterFirst.state()).isEqualTo(AnswerState.GRADED);
                long v1 = afterFirst.answerVersion();
                assertThat(v1).isGreaterThan(v0);
                assertThat(((AttemptView) first.get(w1)).questions().get(0).answerVersion()).isEqualTo(v1);
                assertThat(assessments.grading().queue(essay.assessmentId())).isEmpty();
                long statementsForOne = t.statementsOf(() -> assertThat(assessments.grading()
                        .history(essay.attemptId(), essay.questionId())).hasSize(1));

                // round 2: rubric levels given at once on the new version
                t.clock().set(seoul(6, 11, 0));
                t.caller().actor("grader-2");
                List<Object> second2 = race(pool, 10, i -> (i % 2 == 0 ? other : assessments).grading().grade(
                        new GradeAnswer(essay.attemptId(), essay.questionId(), v1, null,
                                List.of(new RubricScore("goals", GOALS[i % 3], "Comment " + i),
                                        RubricScore.of("tools", TOOLS[i / 3 % 3])),
                                "Feedback " + w1)));
                int w2 = winner(second2);
                int expected = (w2 % 3) * 2 + (w2 / 3 % 3) * 3;
                PresentedQuestion afterSecond = answer(essay);
                assertThat(afterSecond.points()).isEqualByComparingTo(BigDecimal.valueOf(expected));
                assertThat(afterSecond.gradedBy()).isEqualTo("grader-2");
                assertThat(afterSecond.rubricScores()).extracting(RubricScore::level)
                        .containsExactly(GOALS[w2 % 3], TOOLS[w2 / 3 % 3]);
                assertThat(assessments.attempts().get(essay.attemptId()).points())
                        .isEqualByComparingTo(BigDecimal.valueOf(expected));

                // the history: the two accepted grades, nothing else
                assertThat(changeRows(essay)).isEqualTo(2);
                List<GradeChange> history = assessments.grading().history(essay.attemptId(), essay.questionId());
                assertThat(history).hasSize(2);
                GradeChange h1 = history.get(0);
                assertThat(h1.attemptId()).isEqualTo(essay.attemptId());
                assertThat(h1.questionId()).isEqualTo(essay.questionId());
                assertThat(h1.answerVersion()).isEqualTo(v0);
                assertThat(h1.kind()).isEqualTo(GradeChangeKind.BY_HAND);
                assertThat(h1.changedBy()).isEqualTo("grader-1");
                assertThat(h1.changedAt()).isEqualTo(seoul(6, 10, 0));
                assertThat(h1.previousPoints()).isNull();
                assertThat(h1.newPoints()).isEqualByComparingTo(BigDecimal.valueOf(w1));
                assertThat(h1.previousLevels()).isEmpty();
                assertThat(h1.newLevels()).isEmpty();
                assertThat(h1.feedbackChanged()).isTrue();
                assertThat(h1.reason()).isEqualTo("First reading");
                GradeChange h2 = history.get(1);
                assertThat(h2.answerVersion()).isEqualTo(v1);
                assertThat(h2.kind()).isEqualTo(GradeChangeKind.BY_HAND);
                assertThat(h2.changedBy()).isEqualTo("grader-2");
                assertThat(h2.changedAt()).isEqualTo(seoul(6, 11, 0));
                assertThat(h2.previousPoints()).isEqualByComparingTo(BigDecimal.valueOf(w1));
                assertThat(h2.newPoints()).isEqualByComparingTo(BigDecimal.valueOf(expected));
                assertThat(h2.previousLevels()).isEmpty();
                // levels without the grader's comments; the comment counts as a feedback change
                assertThat(h2.newLevels()).containsExactly(RubricScore.of("goals", GOALS[w2 % 3]),
                        RubricScore.of("tools", TOOLS[w2 / 3 % 3]));
                assertThat(h2.feedbackChanged()).isTrue();
                assertThat(h2.reason()).isNull();

                // the history is read in a constant number of statements (the tenant-checked attempt, the rows)
                assertThat(t.statementsOf(() -> assessments.grading().history(essay.attemptId(),
                        essay.questionId()))).isEqualTo(statementsForOne).isEqualTo(3);
            } finally {
                pool.shutdownNow();
                t.caller().actor("test-coordinator");
            }
        }
    }

    @Test
    void aStaleVersionIsRefusedAndLeavesTheDataAsItWas() {
        Essay essay = submittedEssay();
        long v0 = answer(essay).answerVersion();
        AttemptView before = assessments.attempts().get(essay.attemptId());

        // the first grade of an ungraded answer needs its version too
        assertCode(() -> assessments.grading().grade(new GradeAnswer(essay.attemptId(), essay.questionId(), v0 + 1,
                new BigDecimal("5"), null, "Too late")), CONCURRENT);
        assertThat(assessments.attempts().get(essay.attemptId())).isEqualTo(before);
        assertThat(assessments.grading().queue(essay.assessmentId())).hasSize(1);
        assertThat(changeRows(essay)).isZero();

        AttemptView graded = assessments.grading().grade(new GradeAnswer(essay.attemptId(), essay.questionId(), v0,
                new BigDecimal("7"), null, "Good"));
        assertThat(graded.status()).isEqualTo(AttemptStatus.GRADED);
        AttemptView gradedRead = assessments.attempts().get(essay.attemptId());

        // a grader who read the answer before that grade is refused, and nothing changes
        assertCode(() -> assessments.grading().grade(new GradeAnswer(essay.attemptId(), essay.questionId(), v0,
                new BigDecimal("3"), null, "Stale", "Second look")), CONCURRENT);
        assertThat(assessments.attempts().get(essay.attemptId())).isEqualTo(gradedRead);
        assertThat(answer(essay).points()).isEqualByComparingTo("7");
        assertThat(assessments.grading().history(essay.attemptId(), essay.questionId()))
                .singleElement().satisfies(h -> {
                    assertThat(h.newPoints()).isEqualByComparingTo("7");
                    assertThat(h.answerVersion()).isEqualTo(v0);
                });
        assertThat(changeRows(essay)).isEqualTo(1);
    }

    /** The index of the one accepted grade; every other call was refused as a concurrent change. */
    private static int winner(List<Object> outcomes) {
        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof AttemptView) {
                won.add(i);
            }
        }
        assertThat(won).as("accepted grades").hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof AttemptView)).hasSize(outcomes.size() - 1)
                .containsOnly(CONCURRENT);
        return won.get(0);
    }

    interface Call {
        Object call(int i);
    }

    /** Runs {@code n} calls at once; each gives its result or the code it was refused with. */
    private static List<Object> race(ExecutorService pool, int n, Call call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Callable<Object> task = () -> {
                go.await();
                try {
                    return call.call(k);
                } catch (UstozException e) {
                    return e.code();
                }
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        List<Object> out = new ArrayList<>();
        for (Future<Object> f : futures) {
            out.add(f.get());
        }
        return out;
    }
}
