package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.ustoz.assessments.attempt.AttemptEvent;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;

/**
 * Two application instances (two {@code EntityManagerFactory}s over one database) race: submits of
 * one attempt grade it once, and starts by one trainee leave one attempt in progress.
 */
class ConcurrentAttemptTest extends AssessmentsTest {

    @Test
    void twoInstancesSubmittingOneAttemptGradeItOnceAndStartingTwiceLeavesOneAttemptInProgress() throws Exception {
        t.clock().set(seoul(6, 10, 0));
        try (Ustoz second = t.secondInstance(4)) {
            Assessments other = Assessments.of(second);
            Cohort c = cohort(6);
            CategoryView cat = category("race");
            QuestionView q = singleChoice(cat, "Pick a", "1");
            AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q), null, null,
                    GradingMethod.HIGHEST, false);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 3; round++) {
                    var trainee = c.trainees().get(round).id();
                    AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), trainee));
                    assessments.attempts().save(new SaveResponses(at.id(), List.of(new AnswerLine(q.id(),
                            Response.choice("a")))));
                    int gradedBefore = t.events(AttemptEvent.Graded.class).size();
                    List<AttemptView> results = race(pool, 4, i -> (i % 2 == 0 ? assessments : other).attempts()
                            .submit(at.id()));
                    assertThat(results).allSatisfy(r -> {
                        assertThat(r.status()).isEqualTo(AttemptStatus.GRADED);
                        assertThat(r.points()).isEqualByComparingTo("1");
                    });
                    assertThat(t.db().queryLong("SELECT COUNT(*) FROM ustoz_attempt WHERE id = '" + at.id()
                            + "' AND version = " + results.get(0).version())).isEqualTo(1);
                    assertThat(t.events(AttemptEvent.Graded.class).size() - gradedBefore).isEqualTo(1);
                }
                for (int round = 3; round < 6; round++) {
                    var trainee = c.trainees().get(round).id();
                    List<Object> outcomes = race(pool, 4, i -> {
                        try {
                            return (i % 2 == 0 ? assessments : other).attempts().start(new StartAttempt(a.id(), trainee));
                        } catch (UstozException e) {
                            return e.code();
                        }
                    });
                    assertThat(outcomes).filteredOn(o -> o instanceof AttemptView).hasSize(1);
                    assertThat(outcomes).filteredOn(o -> o instanceof String)
                            .containsOnly("assessments.attempt.in-progress");
                    assertThat(t.db().queryLong("SELECT COUNT(*) FROM ustoz_attempt WHERE trainee_id = '" + trainee
                            + "' AND in_progress = 'Y'")).isEqualTo(1);
                }
                // first grades of one trainee on a manual item, recorded at once: one row, no error
                var category = assessments.gradebook().addCategory(new org.ustoz.assessments.gradebook.AddGradeCategory(
                        c.id(), "race", text("Race"), java.math.BigDecimal.ONE,
                        org.ustoz.assessments.gradebook.Aggregation.SUM, 0));
                var item = assessments.gradebook().addItem(new org.ustoz.assessments.gradebook.AddGradeItem(
                        category.categoryId(), "project", text("Project"), null, new java.math.BigDecimal("10"),
                        java.math.BigDecimal.ONE, null));
                var trainee = c.trainees().get(0).id();
                race(pool, 4, i -> (i % 2 == 0 ? assessments : other).gradebook().record(
                        new org.ustoz.assessments.gradebook.RecordGrade(item.itemId(), trainee,
                                java.math.BigDecimal.valueOf(i + 1), null, null)));
                assertThat(t.db().queryLong("SELECT COUNT(*) FROM ustoz_manual_grade WHERE item_id = '"
                        + item.itemId() + "'")).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    interface Call<T> {
        T call(int i) throws Exception;
    }

    /** Runs {@code n} calls at once and returns their results in call order. */
    private static <T> List<T> race(ExecutorService pool, int n, Call<T> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Callable<T> task = () -> {
                go.await();
                return call.call(k);
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get());
        }
        return out;
    }
}
