package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AnswerState;
import org.ustoz.assessments.attempt.AttemptEvent;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.PresentedChoice;
import org.ustoz.assessments.attempt.PresentedQuestion;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.grading.CreateRubric;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.GradeChangeKind;
import org.ustoz.assessments.grading.ReviseRubric;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.assessments.question.ReviseQuestion;
import org.ustoz.courses.enrolment.Withdraw;

class AttemptTest extends AssessmentsTest {

    CategoryView cat;
    QuestionView q1;
    QuestionView q2;
    QuestionView q3;

    @BeforeEach
    void bank() {
        t.clock().set(seoul(6, 10, 0));
        cat = category("digital");
        q1 = singleChoice(cat, "Which tool makes a quiz?", "2");
        q2 = shortAnswer(cat, "Name the country of the seminar", "Korea");
        q3 = singleChoice(cat, "Which is a learning platform?", "1");
    }

    private static AnswerLine line(QuestionView q, Response r) {
        return new AnswerLine(q.id(), r);
    }

    @Test
    void startSaveSubmitGradesObjectiveItemsAndSubmittingTwiceChangesNothing() {
        Cohort c = cohort(2);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1, q2, q3), 2, null,
                GradingMethod.HIGHEST, false);
        var trainee = c.trainees().get(0).id();
        AttemptView started = assessments.attempts().start(new StartAttempt(a.id(), trainee));
        assertThat(started.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(started.questions()).extracting(PresentedQuestion::questionId).containsExactly(q1.id(), q2.id(), q3.id());
        assertThat(started.maxPoints()).isEqualByComparingTo("4");

        assessments.attempts().save(new SaveResponses(started.id(), List.of(line(q1, Response.choice("a")),
                line(q2, Response.text("  korea ")))));
        AttemptView submitted = assessments.attempts().submit(started.id());
        assertThat(submitted.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(submitted.points()).isEqualByComparingTo("3");
        assertThat(submitted.percent()).isEqualByComparingTo("75.00");
        assertThat(submitted.passed()).isTrue();
        assertThat(submitted.questions()).extracting(PresentedQuestion::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("1"), BigDecimal.ZERO);

        long eventsBefore = t.events(AttemptEvent.Submitted.class).size();
        AttemptView again = assessments.attempts().submit(started.id());
        assertThat(again.version()).isEqualTo(submitted.version());
        assertThat(again.points()).isEqualByComparingTo("3");
        assertThat(t.events(AttemptEvent.Submitted.class)).hasSize((int) eventsBefore);
        assertCode(() -> assessments.attempts().save(new SaveResponses(started.id(),
                List.of(line(q3, Response.choice("a"))))), "assessments.attempt.not-in-progress");
    }

    @Test
    void startIsRefusedOutsideTheWindowWithoutAttemptsLeftWhileOneIsInProgressAndWhenNotEnrolled() {
        Cohort c = cohort(2);
        AssessmentView a = assessment(c, AssessmentKind.SUMMATIVE_EXAM, List.of(q1), 1, null, GradingMethod.LAST, false);
        var trainee = c.trainees().get(0).id();

        t.clock().set(seoul(5, 8, 59));
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), trainee)), "assessments.attempt.not-open-yet");
        t.clock().set(seoul(8, 18, 0));
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), trainee)), "assessments.attempt.window-closed");

        t.clock().set(seoul(6, 10, 0));
        AttemptView first = assessments.attempts().start(new StartAttempt(a.id(), trainee));
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), trainee)), "assessments.attempt.in-progress");
        assessments.attempts().submit(first.id());
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), trainee)), "assessments.attempt.none-left");

        Cohort other = cohort(1);
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), other.trainees().get(0).id())),
                "assessments.attempt.not-enrolled");
        var withdrawn = c.trainees().get(1).id();
        courses.enrolments().withdraw(new Withdraw(c.enrolments().get(withdrawn), "moved school"));
        assertCode(() -> assessments.attempts().start(new StartAttempt(a.id(), withdrawn)),
                "assessments.attempt.not-enrolled");
    }

    @Test
    void aResponseToAQuestionNotInTheAttemptOrOfTheWrongShapeIsRefusedAndNothingIsSaved() {
        Cohort c = cohort(1);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1, q2), null, null,
                GradingMethod.HIGHEST, false);
        AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        assertCode(() -> assessments.attempts().save(new SaveResponses(at.id(), List.of(line(q1, Response.choice("a")),
                line(q3, Response.choice("a"))))), "assessments.attempt.question-not-in-attempt");
        assertCode(() -> assessments.attempts().save(new SaveResponses(at.id(), List.of(line(q2, Response.text("x")),
                line(q1, Response.choice("zzz"))))), "assessments.attempt.response-invalid");
        AttemptView now = assessments.attempts().get(at.id());
        assertThat(now.questions()).allSatisfy(q -> assertThat(q.state()).isEqualTo(AnswerState.UNANSWERED));
    }

    @Test
    void theTimeLimitIsEnforcedWithGraceAndOverdueAttemptsAreClosedByTheScheduledCall() {
        Cohort c = cohort(2);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1, q2), null, Duration.ofMinutes(20),
                GradingMethod.HIGHEST, false);
        AttemptView late = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        AttemptView idle = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(1).id()));
        assertThat(late.dueAt()).isEqualTo(seoul(6, 10, 20));
        assessments.attempts().save(new SaveResponses(late.id(), List.of(line(q1, Response.choice("a")))));
        assessments.attempts().save(new SaveResponses(idle.id(), List.of(line(q1, Response.choice("a")))));

        t.clock().set(seoul(6, 10, 20).plusSeconds(25)); // inside the 30 s grace
        assessments.attempts().save(new SaveResponses(late.id(), List.of(line(q2, Response.text("Korea")))));
        t.clock().set(seoul(6, 10, 20).plusSeconds(31));
        assertCode(() -> assessments.attempts().save(new SaveResponses(late.id(),
                List.of(line(q2, Response.text("Korea"))))), "assessments.attempt.time-up");

        assertThat(assessments.attempts().closeOverdue()).isEqualTo(2);
        assertThat(assessments.attempts().closeOverdue()).isZero();
        AttemptView closed = assessments.attempts().get(late.id());
        assertThat(closed.closedOverdue()).isTrue();
        assertThat(closed.submittedAt()).isEqualTo(seoul(6, 10, 20));
        assertThat(closed.points()).isEqualByComparingTo("3");
        assertThat(assessments.attempts().get(idle.id()).points()).isEqualByComparingTo("2");
    }

    @Test
    void closingOverdueAttemptsKeepsToTheCallersTenantAndOnlyTheSystemJobClosesThoseOfEveryTenant() {
        Cohort c = cohort(1);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1), null, Duration.ofMinutes(20),
                GradingMethod.HIGHEST, false);
        AttemptView ours = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        List<AttemptView> theirs = new ArrayList<>();
        asTenant("other-office", () -> {
            QuestionView other = singleChoice(category("elsewhere"), "Which tool makes a quiz?", "2");
            Cohort oc = cohort(2);
            AssessmentView oa = assessment(oc, AssessmentKind.FORMATIVE_QUIZ, List.of(other), null,
                    Duration.ofMinutes(20), GradingMethod.HIGHEST, false);
            for (var trainee : oc.trainees()) {
                theirs.add(assessments.attempts().start(new StartAttempt(oa.id(), trainee.id())));
            }
        });
        t.clock().set(seoul(6, 10, 20).plusSeconds(31)); // past the due time and the 30 s grace

        // a tenant's call closes its own overdue attempts and nobody else's
        assertThat(assessments.attempts().closeOverdue()).isEqualTo(1);
        assertThat(assessments.attempts().get(ours.id()).closedOverdue()).isTrue();
        asTenant("other-office", () -> {
            assertThat(theirs).allSatisfy(x -> assertThat(assessments.attempts().get(x.id()).status())
                    .isEqualTo(AttemptStatus.IN_PROGRESS));
            assertThat(assessments.attempts().closeOverdue()).isEqualTo(2);
            assertThat(theirs).allSatisfy(x -> assertThat(assessments.attempts().get(x.id()).closedOverdue()).isTrue());
        });
        assertThat(assessments.attempts().closeOverdue()).isZero();
    }

    @Test
    void theSystemJobClosesTheOverdueAttemptsOfEveryTenant() {
        Cohort c = cohort(1);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1), null, Duration.ofMinutes(20),
                GradingMethod.HIGHEST, false);
        AttemptView ours = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        List<AttemptView> theirs = new ArrayList<>();
        asTenant("third-office", () -> {
            QuestionView other = singleChoice(category("yonder"), "Which tool makes a quiz?", "2");
            Cohort oc = cohort(2);
            AssessmentView oa = assessment(oc, AssessmentKind.FORMATIVE_QUIZ, List.of(other), null,
                    Duration.ofMinutes(20), GradingMethod.HIGHEST, false);
            for (var trainee : oc.trainees()) {
                theirs.add(assessments.attempts().start(new StartAttempt(oa.id(), trainee.id())));
            }
        });
        t.clock().set(seoul(6, 10, 20).plusSeconds(25)); // inside the grace: nothing is overdue yet
        assertThat(assessments.attempts().closeOverdueInAllTenants()).isZero();
        t.clock().set(seoul(6, 10, 20).plusSeconds(31));

        assertThat(assessments.attempts().closeOverdueInAllTenants()).isEqualTo(3);
        assertThat(assessments.attempts().closeOverdueInAllTenants()).isZero();
        assertThat(assessments.attempts().get(ours.id()).closedOverdue()).isTrue();
        asTenant("third-office", () -> assertThat(theirs)
                .allSatisfy(x -> assertThat(assessments.attempts().get(x.id()).closedOverdue()).isTrue()));
    }

    /** Runs the body as a caller of another tenant, then returns to the default tenant. */
    private static void asTenant(String tenant, Runnable body) {
        t.caller().tenant(tenant);
        try {
            body.run();
        } finally {
            t.caller().tenant(org.ustoz.core.CallerContext.DEFAULT_TENANT);
        }
    }

    @Test
    void shufflingIsDeterministicPerAttemptSoTheReviewShowsWhatTheTraineeSaw() {
        Cohort c = cohort(1);
        List<QuestionView> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(singleChoice(cat, "Question " + i, "1"));
        }
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, many, null, null, GradingMethod.HIGHEST, true);
        AttemptView started = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        AttemptView review = assessments.attempts().get(started.id());
        assertThat(review.questions()).extracting(PresentedQuestion::questionId)
                .containsExactlyElementsOf(started.questions().stream().map(PresentedQuestion::questionId).toList());
        assertThat(review.questions()).extracting(q -> q.choices().stream().map(PresentedChoice::key).toList())
                .containsExactlyElementsOf(started.questions().stream()
                        .map(q -> q.choices().stream().map(PresentedChoice::key).toList()).toList());
        assertThat(started.questions()).extracting(PresentedQuestion::slot).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void essaysGoToTheQueueAndARubricGradeCompletesTheAttemptAndARubricChangeRegradesIt() {
        Cohort c = cohort(1);
        RubricView rubric = assessments.grading().createRubric(new CreateRubric(text("Lesson plan"), List.of(
                new RubricCriterion("goals", text("Goals"), List.of(RubricLevel.of("weak", text("Weak"), "0"),
                        RubricLevel.of("good", text("Good"), "2"), RubricLevel.of("strong", text("Strong"), "4"))),
                new RubricCriterion("tools", text("Digital tools"), List.of(RubricLevel.of("none", text("None"), "0"),
                        RubricLevel.of("some", text("Some"), "3"), RubricLevel.of("rich", text("Rich"), "6"))))));
        QuestionView e = essay(cat, rubric.id());
        AssessmentView a = assessment(c, AssessmentKind.ASSIGNMENT, List.of(q1, e), null, null, GradingMethod.HIGHEST, false);
        AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        AttemptView submitted = assessments.attempts().submit(new SaveResponses(at.id(), List.of(
                line(q1, Response.choice("a")), line(e, Response.text("We used Padlet to collect ideas.")))));
        assertThat(submitted.status()).isEqualTo(AttemptStatus.NEEDS_GRADING);
        assertThat(assessments.grading().queue(a.id())).singleElement()
                .satisfies(p -> assertThat(p.response()).contains("Padlet"));

        assertCode(() -> assessments.grading().grade(new GradeAnswer(at.id(), q1.id(),
                answerVersion(at.id(), q1.id()), BigDecimal.ONE, null, null)),
                "assessments.grading.not-by-hand");
        assertCode(() -> assessments.grading().grade(new GradeAnswer(at.id(), e.id(),
                answerVersion(at.id(), e.id()), null, List.of(RubricScore.of("goals", "good")), null)), "assessments.grading.rubric-selection-invalid");
        t.caller().actor("grader-1");
        AttemptView graded = assessments.grading().grade(new GradeAnswer(at.id(), e.id(),
                answerVersion(at.id(), e.id()), null,
                List.of(new RubricScore("goals", "good", "Clear goals"), RubricScore.of("tools", "rich")), "Well done"));
        assertThat(graded.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.points()).isEqualByComparingTo("10.00"); // 2 + 6 of 10 rubric points, scaled to 10 + 2 for q1
        PresentedQuestion essayAnswer = graded.questions().stream().filter(pq -> pq.questionId().equals(e.id()))
                .findFirst().orElseThrow();
        assertThat(essayAnswer.gradedBy()).isEqualTo("grader-1");
        assertThat(essayAnswer.gradedAt()).isEqualTo(t.clock().instant());
        assertThat(essayAnswer.feedback()).isEqualTo("Well done");
        assertThat(essayAnswer.rubricScores()).extracting(RubricScore::comment).containsExactly("Clear goals", null);
        assertCode(() -> assessments.assessments().create(new org.ustoz.assessments.assessment.CreateAssessment(c.id(),
                null, "RUB" + serial, text("Rubric on a choice"), AssessmentKind.ASSIGNMENT, seoul(5, 9, 0),
                seoul(8, 18, 0), null, null, null, GradingMethod.HIGHEST, new BigDecimal("60"), false, false,
                List.of(new org.ustoz.assessments.assessment.ItemSpec(q1.id(), null, rubric.id())))),
                "assessments.assessment.rubric-not-manual");
        assertThat(assessments.grading().queue(a.id())).isEmpty();

        assessments.grading().reviseRubric(new ReviseRubric(rubric.id(), text("Lesson plan"), List.of(
                new RubricCriterion("goals", text("Goals"), List.of(RubricLevel.of("weak", text("Weak"), "0"),
                        RubricLevel.of("good", text("Good"), "3"), RubricLevel.of("strong", text("Strong"), "4"))),
                new RubricCriterion("tools", text("Digital tools"), List.of(RubricLevel.of("none", text("None"), "0"),
                        RubricLevel.of("some", text("Some"), "3"), RubricLevel.of("rich", text("Rich"), "6"))))));
        var report = assessments.grading().regradeRubric(rubric.id());
        assertThat(report.answersChanged()).isEqualTo(1);
        assertThat(report.attemptsChanged()).isEqualTo(1);
        assertThat(assessments.attempts().get(at.id()).points()).isEqualByComparingTo("11.00");
        // the hand grade and the regrade that changed its points are both kept
        assertThat(assessments.grading().history(at.id(), e.id())).satisfiesExactly(
                h -> {
                    assertThat(h.kind()).isEqualTo(GradeChangeKind.BY_HAND);
                    assertThat(h.changedBy()).isEqualTo("grader-1");
                    assertThat(h.previousPoints()).isNull();
                    assertThat(h.newPoints()).isEqualByComparingTo("8.00");
                    assertThat(h.newLevels()).containsExactly(RubricScore.of("goals", "good"),
                            RubricScore.of("tools", "rich"));
                },
                h -> {
                    assertThat(h.kind()).isEqualTo(GradeChangeKind.RUBRIC_REGRADE);
                    assertThat(h.previousPoints()).isEqualByComparingTo("8.00");
                    assertThat(h.newPoints()).isEqualByComparingTo("9.00");
                    assertThat(h.previousLevels()).isEqualTo(h.newLevels());
                    assertThat(h.feedbackChanged()).isFalse();
                });
    }

    @Test
    void revisingAnAnswerKeyKeepsGradedAttemptsUntilARegradeMovesThemToTheLatestVersion() {
        Cohort c = cohort(2);
        QuestionView q = singleChoice(cat, "Which is right?", "1");
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q), null, null, GradingMethod.HIGHEST, false);
        List<AttemptView> attempts = new ArrayList<>();
        for (var trainee : c.trainees()) {
            AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), trainee.id()));
            attempts.add(assessments.attempts().submit(new SaveResponses(at.id(), List.of(line(q, Response.choice("b"))))));
        }
        assertThat(attempts).allSatisfy(at -> assertThat(at.points()).isEqualByComparingTo("0"));

        QuestionView revised = assessments.bank().reviseQuestion(new ReviseQuestion(q.id(),
                QuestionContent.withChoices(text("Which is right?"), List.of(Choice.wrong("a", text("right")),
                        Choice.right("b", text("wrong")), Choice.wrong("c", text("also wrong")))), BigDecimal.ONE));
        assertThat(revised.versionNumber()).isEqualTo(2);
        assertThat(assessments.attempts().get(attempts.get(0).id()).points()).isEqualByComparingTo("0");
        assertThat(assessments.attempts().get(attempts.get(0).id()).questions().get(0).versionNumber()).isEqualTo(1);

        var report = assessments.grading().regrade(a.id(), true);
        assertThat(report.attemptsChecked()).isEqualTo(2);
        assertThat(report.attemptsChanged()).isEqualTo(2);
        assertThat(assessments.attempts().get(attempts.get(0).id()).points()).isEqualByComparingTo("1");
        assertThat(assessments.grading().regrade(a.id(), true).attemptsChanged()).isZero();

        // a later version drops the option one trainee chose: the regrade gives it no credit, not an error
        assessments.bank().reviseQuestion(new ReviseQuestion(q.id(), QuestionContent.withChoices(text("Which is right?"),
                List.of(Choice.right("a", text("right")), Choice.wrong("c", text("also wrong")))), BigDecimal.ONE));
        var again = assessments.grading().regrade(a.id(), true);
        assertThat(again.attemptsChanged()).isEqualTo(2);
        assertThat(assessments.attempts().get(attempts.get(1).id()).points()).isEqualByComparingTo("0");
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        Cohort c = cohort(1);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1), null, null, GradingMethod.HIGHEST,
                false);
        AttemptView at = assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        t.caller().tenant("other-office");
        try {
            assertCode(() -> assessments.assessments().get(a.id()), "assessments.assessment.not-found");
            assertCode(() -> assessments.attempts().get(at.id()), "assessments.attempt.not-found");
            assertCode(() -> assessments.attempts().submit(at.id()), "assessments.attempt.not-found");
            assertCode(() -> assessments.bank().get(q1.id()), "assessments.question.not-found");
            assertCode(() -> assessments.gradebook().gradebook(c.id()), "courses.cohort.not-found");
        } finally {
            t.caller().tenant(org.ustoz.core.CallerContext.DEFAULT_TENANT);
        }
        assertThat(assessments.attempts().get(at.id()).status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void itemsChangeOnlyBeforeTheFirstAttempt() {
        Cohort c = cohort(1);
        AssessmentView a = assessment(c, AssessmentKind.FORMATIVE_QUIZ, List.of(q1), null, null, GradingMethod.HIGHEST,
                false);
        AssessmentView changed = assessments.assessments().replaceItems(a.id(),
                List.of(org.ustoz.assessments.assessment.ItemSpec.of(q1.id()), new org.ustoz.assessments.assessment.ItemSpec(
                        q2.id(), new BigDecimal("3"), null)));
        assertThat(changed.maxPoints()).isEqualByComparingTo("5");
        assertCode(() -> assessments.assessments().replaceItems(a.id(), List.of()), "assessments.assessment.no-items");
        assertCode(() -> assessments.assessments().replaceItems(a.id(), List.of(
                org.ustoz.assessments.assessment.ItemSpec.of(q1.id()), org.ustoz.assessments.assessment.ItemSpec.of(q1.id()))),
                "assessments.assessment.duplicate-question");
        assessments.attempts().start(new StartAttempt(a.id(), c.trainees().get(0).id()));
        assertCode(() -> assessments.assessments().replaceItems(a.id(),
                List.of(org.ustoz.assessments.assessment.ItemSpec.of(q3.id()))), "assessments.assessment.has-attempts");
        assertThat(assessments.assessments().get(a.id()).items()).hasSize(2);
    }

    @Test
    void aQuestionOfAnUnknownTypeOrWithBadContentIsRefusedNamingTheField() {
        assertCode(() -> assessments.bank().addQuestion(new AddQuestion(cat.id(), null, "hologram",
                QuestionContent.withChoices(text("?"), List.of()), BigDecimal.ONE, null, null)),
                "assessments.question.type-unknown");
        try {
            assessments.bank().addQuestion(new AddQuestion(cat.id(), null, QuestionTypes.SINGLE_CHOICE,
                    QuestionContent.withChoices(text("?"), List.of(Choice.wrong("a", text("x")),
                            Choice.wrong("b", text("y")))), BigDecimal.ONE, null, null));
            throw new AssertionError("accepted");
        } catch (org.ustoz.core.error.UstozException ex) {
            assertThat(ex.code()).isEqualTo("assessments.question.invalid");
            assertThat(ex.arguments().get(0).toString()).startsWith("content.choices");
        }
    }
}
