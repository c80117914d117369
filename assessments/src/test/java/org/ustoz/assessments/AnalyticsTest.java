package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.analytics.ItemAnalysisReport;
import org.ustoz.assessments.analytics.LearningGainReport;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.testing.Bundles;

class AnalyticsTest extends AssessmentsTest {

    /** Trainee i answers the first {@code right[i]} questions right and the others wrong. */
    private static void take(AssessmentView a, List<QuestionView> qs, Cohort c, int[] right) {
        for (int i = 0; i < right.length; i++) {
            AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(i).id()));
            List<AnswerLine> lines = new ArrayList<>();
            for (int k = 0; k < qs.size(); k++) {
                lines.add(new AnswerLine(qs.get(k).id(), Response.choice(k < right[i] ? "a" : "b")));
            }
            assessments.attempts().submit(new SaveResponses(at.id(), lines));
        }
    }

    @Test
    void learningGainPerTraineeForTheCohortAndPerCategoryWithUndefinedGainsNamed() {
        t.clock().set(seoul(6, 10, 0));
        Cohort c = cohort(4);
        CategoryView tools = category("tools");
        CategoryView pedagogy = category("pedagogy");
        List<QuestionView> qs = List.of(singleChoice(tools, "1", "1"), singleChoice(tools, "2", "1"),
                singleChoice(pedagogy, "3", "1"), singleChoice(pedagogy, "4", "1"));
        AssessmentView pre = assessment(c, AssessmentKind.PRE_TEST, qs, 1, null, GradingMethod.FIRST, false);
        AssessmentView post = assessment(c, AssessmentKind.POST_TEST, qs, 1, null, GradingMethod.LAST, false);
        take(pre, qs, c, new int[] {0, 2, 2, 4});
        take(post, qs, c, new int[] {2, 4, 1, 4});

        LearningGainReport r = assessments.analytics().learningGain(pre.id(), post.id());
        assertThat(r.counted()).isEqualTo(4);
        // gains: 0→50: 0.5; 50→100: 1; 50→25: −0.5; 100→100: undefined
        assertThat(r.trainees()).extracting(g -> g.gain() == null ? null : g.gain().stripTrailingZeros().toPlainString())
                .containsExactly("0.5", "1", "-0.5", null);
        assertThat(r.undefinedFor()).containsExactly(c.trainees().get(3).fullName());
        assertThat(r.averageGain()).isEqualByComparingTo("0.3333");
        // Hake: <pre> = 50, <post> = 68.75 → 18.75 / 50 = 0.375
        assertThat(r.gainOfAverages()).isEqualByComparingTo("0.375");
        assertThat(r.categories()).hasSize(2);
        assertCode(() -> assessments.analytics().learningGain(post.id(), pre.id()), "assessments.gain.not-paired");

        ItemAnalysisReport items = assessments.analytics().itemAnalysis(post.id());
        assertThat(items.trainees()).isEqualTo(4);
        assertThat(items.items()).extracting(s -> s.difficulty().stripTrailingZeros().toPlainString())
                .containsExactly("1", "0.75", "0.5", "0.5");
        assertThat(items.items().get(0).allRight()).isTrue();
        assertThat(items.cronbachAlpha()).isNotNull();
    }

    /** A host's own type: the response must be a palindrome of at least three letters. */
    static final class PalindromeType implements QuestionType {
        public String id() {
            return "host.palindrome";
        }

        public List<ContentProblem> problemsWith(QuestionContent content) {
            return List.of();
        }

        public List<String> problemsWithResponse(QuestionContent content, Response response) {
            return response.values().size() == 1 ? List.of() : List.of("one word expected");
        }

        public Credit grade(QuestionContent content, Response response) {
            String w = response.single().toLowerCase();
            return w.length() >= 3 && new StringBuilder(w).reverse().toString().equals(w) ? Credit.FULL : Credit.NONE;
        }
    }

    @Test
    void aHostAddsAQuestionTypeThroughTheSpi() {
        t.clock().set(seoul(6, 10, 0));
        Assessments custom = Assessments.builder(t.ustoz()).questionType(new PalindromeType()).build();
        assertThat(custom.bank().types()).contains("host.palindrome", "essay", "single-choice");
        Cohort c = cohort(1);
        CategoryView cat = category("spi");
        QuestionView pal = custom.bank().addQuestion(new AddQuestion(cat.id(), null, "host.palindrome",
                QuestionContent.withChoices(text("Write a palindrome"), List.of()), BigDecimal.ONE, null, null));
        AssessmentView a = assessment(c, AssessmentKind.SUMMATIVE_EXAM, List.of(pal), null, null, GradingMethod.HIGHEST,
                false);
        AttemptView at = custom.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        assertCode(() -> custom.attempts().save(new SaveResponses(at.id(), List.of(new AnswerLine(pal.id(),
                Response.choices("a", "b"))))), "assessments.attempt.response-invalid");
        AttemptView done = custom.attempts().submit(new SaveResponses(at.id(),
                List.of(new AnswerLine(pal.id(), Response.text("Level")))));
        assertThat(done.points()).isEqualByComparingTo("1");
        // an instance that does not know the host's type refuses to start an attempt with it
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id())),
                "assessments.question.type-unknown");
    }

    @Test
    void startingAndSubmittingAnAttemptTakeTheSameNumberOfStatementsFor10And40Questions() {
        t.clock().set(seoul(6, 10, 0));
        long[] ten = startAndSubmit(10);
        long[] forty = startAndSubmit(40);
        assertThat(forty).containsExactly(ten);
        assertThat(forty[0]).isLessThanOrEqualTo(10);
        assertThat(forty[1]).isLessThanOrEqualTo(10);
    }

    /** Statements of start and of save-and-submit of an attempt at n shuffled questions. */
    private long[] startAndSubmit(int n) {
        Cohort c = cohort(1);
        CategoryView cat = category("count");
        List<QuestionView> qs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            qs.add(singleChoice(cat, "Q" + i, "1"));
        }
        AssessmentView a = assessment(c, AssessmentKind.SUMMATIVE_EXAM, qs, null, null, GradingMethod.HIGHEST, true);
        AttemptView[] at = new AttemptView[1];
        long start = t.statementsOf(() -> at[0] = assessments.attempts().start(new StartAttempt(a.id(),
                c.trainees().get(0).id())));
        List<AnswerLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new AnswerLine(qs.get(i).id(), Response.choice(i % 2 == 0 ? "a" : "b")));
        }
        AttemptView[] done = new AttemptView[1];
        long submit = t.statementsOf(() -> done[0] = assessments.attempts().submit(new SaveResponses(at[0].id(), lines)));
        assertThat(done[0].points()).isEqualByComparingTo(BigDecimal.valueOf((n + 1) / 2));
        return new long[] {start, submit};
    }

    @Test
    void everyAssessmentsCodeHasAMessageInEveryLanguage() {
        Bundles.assertEveryCodeHasAMessageInEveryLanguage(AssessmentsError.values());
    }
}
