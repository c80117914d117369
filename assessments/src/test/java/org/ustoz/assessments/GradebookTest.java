package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.gradebook.AddGradeCategory;
import org.ustoz.assessments.gradebook.AddGradeItem;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.ConfigureGradebook;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.OverrideGrade;
import org.ustoz.assessments.gradebook.RecordGrade;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.gradebook.internal.AssessmentPassedCriterion;
import org.ustoz.assessments.gradebook.internal.FinalGradeCriterion;
import org.ustoz.assessments.gradebook.internal.GradebookCalculator;
import org.ustoz.assessments.gradebook.internal.GradebookCalculatorReference;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.id.Ids;
import org.ustoz.courses.completion.CriterionContext;
import org.ustoz.courses.completion.Verdict;

class GradebookTest extends AssessmentsTest {

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    @Test
    void categoriesWeightsDropLowestOverridesLettersAndPassMarkMakeTheFinalGrade() {
        t.clock().set(seoul(6, 10, 0));
        Cohort c = cohort(2);
        UUID ann = c.trainees().get(0).id();
        UUID bob = c.trainees().get(1).id();
        CategoryView cat = category("gb");
        QuestionView q = singleChoice(cat, "Pick a", "10");
        AssessmentView quiz = assessment(c, AssessmentKind.POST_TEST, List.of(q), 3, null, GradingMethod.HIGHEST, false);
        for (UUID trainee : List.of(ann, bob)) {
            var at = assessments.attempts().start(new StartAttempt(quiz.id(), trainee));
            assessments.attempts().submit(new SaveResponses(at.id(), List.of(new AnswerLine(q.id(),
                    Response.choice(trainee.equals(ann) ? "a" : "b")))));
        }
        assessments.gradebook().configure(new ConfigureGradebook(c.id(), MissingGrades.ZERO,
                List.of(ScaleBand.of("90", "A"), ScaleBand.of("75", "B"), ScaleBand.of("60", "C"), ScaleBand.of("0", "F")),
                bd("60")));
        CategoryColumn tests = assessments.gradebook().addCategory(new AddGradeCategory(c.id(), "tests", text("Tests"),
                bd("40"), Aggregation.WEIGHTED_MEAN, 0));
        CategoryColumn tasks = assessments.gradebook().addCategory(new AddGradeCategory(c.id(), "tasks", text("Tasks"),
                bd("60"), Aggregation.MEAN, 1));
        GradeColumn post = assessments.gradebook().addItem(new AddGradeItem(tests.categoryId(), "post", text("Post-test"),
                quiz.id(), null, BigDecimal.ONE, null));
        GradeColumn t1 = assessments.gradebook().addItem(new AddGradeItem(tasks.categoryId(), "t1", text("Task 1"), null,
                bd("20"), BigDecimal.ONE, null));
        GradeColumn t2 = assessments.gradebook().addItem(new AddGradeItem(tasks.categoryId(), "t2", text("Task 2"), null,
                bd("10"), BigDecimal.ONE, null));
        GradeColumn t3 = assessments.gradebook().addItem(new AddGradeItem(tasks.categoryId(), "t3", text("Task 3"), null,
                bd("10"), BigDecimal.ONE, null));
        assertThat(post.maxPoints()).isEqualByComparingTo("10");
        record(t1, ann, "18");
        record(t2, ann, "2");
        record(t3, ann, "9");
        record(t1, bob, "10");

        Gradebook book = assessments.gradebook().gradebook(c.id());
        GradebookRow a = book.row(ann);
        // tests: 100 %; tasks: mean of 90 and 90 after dropping 20 % → 90; final 0.4·100 + 0.6·90 = 94
        assertThat(a.categories().get(0).percent()).isEqualByComparingTo("100.00");
        assertThat(a.categories().get(1).percent()).isEqualByComparingTo("90.00");
        assertThat(a.cells().get(2).dropped()).isTrue();
        assertThat(a.finalPercent()).isEqualByComparingTo("94.00");
        assertThat(a.letter()).isEqualTo("A");
        assertThat(a.passed()).isTrue();
        GradebookRow b = book.row(bob);
        // tests: 0 %; tasks: 50, 0, 0 (missing as zero) → drop one 0 → mean(50, 0) = 25; final 0.6·25 = 15
        assertThat(b.finalPercent()).isEqualByComparingTo("15.00");
        assertThat(b.letter()).isEqualTo("F");
        assertThat(b.passed()).isFalse();

        t.caller().actor("coordinator-7");
        assessments.gradebook().override(new OverrideGrade(c.id(), bob, post.itemId(), bd("10"), "Paper test accepted"));
        assertThat(assessments.gradebook().gradebook(c.id()).row(bob).finalPercent()).isEqualByComparingTo("55.00");
        assessments.gradebook().override(new OverrideGrade(c.id(), bob, null, bd("61"), "Board decision"));
        GradebookRow overridden = assessments.gradebook().gradebook(c.id()).row(bob);
        assertThat(overridden.finalPercent()).isEqualByComparingTo("61.00");
        assertThat(overridden.finalOverridden()).isTrue();
        assertThat(overridden.passed()).isTrue();
        assessments.gradebook().override(new OverrideGrade(c.id(), bob, null, null, "Decision withdrawn"));
        assertThat(assessments.gradebook().gradebook(c.id()).row(bob).finalPercent()).isEqualByComparingTo("55.00");
        assertSameAsTheReference(c);
        assertThat(assessments.gradebook().history(c.id(), bob)).extracting(e -> e.reason())
                .containsExactly("Paper test accepted", "Board decision", "Decision withdrawn");
        assertThat(assessments.gradebook().history(c.id(), bob)).allSatisfy(e ->
                assertThat(e.changedBy()).isEqualTo("coordinator-7"));

        assertCode(() -> record(post, ann, "5"), "assessments.gradebook.item-not-manual");
        assertCode(() -> record(t2, ann, "11"), "assessments.gradebook.points-invalid");
        assertCode(() -> assessments.gradebook().override(new OverrideGrade(c.id(), bob, null, bd("50"), " ")),
                "core.validation-failed");
    }

    /** The gradebook equals, value and scale, what the old map-and-fraction calculator computes from the database. */
    private static void assertSameAsTheReference(Cohort c) {
        Gradebook fast = t.runtime().read(em -> GradebookCalculator.compute(em, c.id()));
        Gradebook reference = t.runtime().read(em -> GradebookCalculatorReference.compute(em, c.id()));
        assertThat(fast).isEqualTo(reference);
    }

    private static void record(GradeColumn item, UUID trainee, String points) {
        assessments.gradebook().record(new RecordGrade(item.itemId(), trainee, new BigDecimal(points), null, null));
    }

    @Test
    void theContributedCompletionCriteriaJudgeTheWholeCohortFromTheGradebook() {
        t.clock().set(seoul(6, 10, 0));
        Cohort c = cohort(2);
        UUID ann = c.trainees().get(0).id();
        UUID bob = c.trainees().get(1).id();
        CategoryView cat = category("cc");
        QuestionView q = singleChoice(cat, "Pick a", "1");
        AssessmentView quiz = assessment(c, AssessmentKind.SUMMATIVE_EXAM, List.of(q), null, null, GradingMethod.HIGHEST,
                false);
        var at = assessments.attempts().start(new StartAttempt(quiz.id(), ann));
        assessments.attempts().submit(new SaveResponses(at.id(), List.of(new AnswerLine(q.id(), Response.choice("a")))));
        CategoryColumn all = assessments.gradebook().addCategory(new AddGradeCategory(c.id(), "all", text("All"),
                BigDecimal.ONE, Aggregation.SUM, 0));
        assessments.gradebook().addItem(new AddGradeItem(all.categoryId(), "exam", text("Exam"), quiz.id(), null,
                BigDecimal.ONE, null));

        Map<UUID, Verdict> finalGrade = t.runtime().read(em -> new FinalGradeCriterion().evaluate(context(c, em),
                Map.of("percent", "70")));
        Map<UUID, Verdict> passed = t.runtime().read(em -> new AssessmentPassedCriterion().evaluate(context(c, em),
                Map.of("assessment", quiz.code())));
        assertThat(finalGrade.get(c.enrolments().get(ann)).isMet()).isTrue();
        assertThat(finalGrade.get(c.enrolments().get(bob)).isMet()).isFalse();
        assertThat(finalGrade.get(c.enrolments().get(bob)).reason()).isEqualTo(AssessmentsError.UNMET_FINAL_GRADE);
        assertThat(passed.get(c.enrolments().get(ann)).isMet()).isTrue();
        assertThat(passed.get(c.enrolments().get(bob)).isMet()).isFalse();
        assertThat(new FinalGradeCriterion().problemWith(Map.of("percent", "abc"))).isNotNull();
        assertThat(new AssessmentPassedCriterion().problemWith(Map.of())).isNotNull();
    }

    private static CriterionContext context(Cohort c, jakarta.persistence.EntityManager em) {
        return new CriterionContext() {
            public String tenantId() {
                return "default";
            }

            public UUID cohortId() {
                return c.id();
            }

            public Instant now() {
                return t.clock().instant();
            }

            public List<Candidate> candidates() {
                return c.trainees().stream().map(tr -> new Candidate(c.enrolments().get(tr.id()), tr.id())).toList();
            }

            public org.ustoz.core.Ustoz ustoz() {
                return t.ustoz();
            }

            public <T> T withConnection(ConnectionWork<T> work) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theGradebookIsReadWithTheSameNumberOfStatementsFor10x5And500x30() {
        t.clock().set(seoul(6, 10, 0));
        long small = statementsForGradebook(10, 5);
        long large = statementsForGradebook(500, 30);
        assertThat(large).isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(8);
    }

    /** A cohort of n trainees and m items (one from an assessment), graded, and the gradebook's statement count. */
    private long statementsForGradebook(int n, int m) {
        Cohort c = cohort(n);
        CategoryView cat = category("sc");
        QuestionView q = singleChoice(cat, "Pick a", "1");
        AssessmentView quiz = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q), null, null, GradingMethod.MEAN,
                false);
        for (int i = 0; i < 2; i++) {
            var at = assessments.attempts().start(new StartAttempt(quiz.id(), c.trainees().get(i).id()));
            assessments.attempts().submit(new SaveResponses(at.id(), List.of(new AnswerLine(q.id(), Response.choice("a")))));
        }
        List<CategoryColumn> categories = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            categories.add(assessments.gradebook().addCategory(new AddGradeCategory(c.id(), "c" + k, text("C" + k),
                    BigDecimal.ONE, Aggregation.values()[k], k == 1 ? 1 : 0)));
        }
        assessments.gradebook().addItem(new AddGradeItem(categories.get(0).categoryId(), "quiz", text("Quiz"), quiz.id(),
                null, BigDecimal.ONE, null));
        List<GradeColumn> manual = new ArrayList<>();
        for (int j = 1; j < m; j++) {
            manual.add(assessments.gradebook().addItem(new AddGradeItem(categories.get(j % 3).categoryId(), "i" + j,
                    text("Item " + j), null, bd("10"), BigDecimal.ONE, null)));
        }
        seedManualGrades(c, manual);
        assessments.gradebook().override(new OverrideGrade(c.id(), c.trainees().get(0).id(), manual.get(0).itemId(),
                bd("10"), "re-marked"));
        Gradebook[] book = new Gradebook[1];
        long statements = t.statementsOf(() -> book[0] = assessments.gradebook().gradebook(c.id()));
        assertThat(book[0].rows()).hasSize(n);
        assertThat(book[0].columns()).hasSize(m);
        assertThat(book[0].rows()).allSatisfy(r -> assertThat(r.finalPercent()).isNotNull());
        assertSameAsTheReference(c);
        return statements;
    }

    /** Seeds a grade for every trainee and manual item with JDBC batches (seeding is not what is measured). */
    private static void seedManualGrades(Cohort c, List<GradeColumn> items) {
        try (Connection con = t.db().dataSource().getConnection();
             PreparedStatement ps = con.prepareStatement("INSERT INTO ustoz_manual_grade (id, version, created_at,"
                     + " updated_at, item_id, enrolment_id, points, graded_by, graded_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
            con.setAutoCommit(false);
            Timestamp now = Timestamp.from(t.clock().instant());
            int i = 0;
            for (GradeColumn item : items) {
                for (var trainee : c.trainees()) {
                    ps.setObject(1, Ids.newId());
                    ps.setTimestamp(2, now);
                    ps.setTimestamp(3, now);
                    ps.setObject(4, item.itemId());
                    ps.setObject(5, c.enrolments().get(trainee.id()));
                    ps.setBigDecimal(6, BigDecimal.valueOf((i++ * 7L) % 11));
                    ps.setString(7, "seed");
                    ps.setTimestamp(8, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            con.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
