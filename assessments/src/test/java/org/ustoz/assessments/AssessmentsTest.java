package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.CreateAssessment;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.assessment.ItemSpec;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.CreateCategory;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.testing.TestUstoz;
import org.ustoz.courses.Courses;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;

/** A test class of the assessments services: one fresh database, Ustoz, Courses and Assessments per class. */
abstract class AssessmentsTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static TestUstoz t;
    static Courses courses;
    static Assessments assessments;
    static int serial;

    @BeforeAll
    static void startUstoz() {
        t = TestUstoz.start();
        courses = Courses.of(t.ustoz());
        assessments = Assessments.of(t.ustoz());
    }

    @AfterAll
    static void stopUstoz() {
        t.close();
    }

    static Instant seoul(int day, int hour, int minute) {
        return ZonedDateTime.of(2025, 8, day, hour, minute, 0, 0, SEOUL).toInstant();
    }

    static LocalizedText text(String en) {
        return LocalizedText.of("en", en);
    }

    /** Fails unless the call throws a {@link UstozException} with this code. */
    static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UstozException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** A cohort 4–15 August 2025 in Seoul, open, with {@code n} trainees enrolled. */
    record Cohort(CohortView cohort, CourseView course, List<TraineeView> trainees, Map<UUID, UUID> enrolments) {
        UUID id() {
            return cohort.id();
        }
    }

    static Cohort cohort(int n) {
        int k = ++serial;
        CourseView course = courses.catalogue().createCourse(new CreateCourse("A" + k, text("Digitalization of Education"),
                text("Seminar"), List.of(text("Plan a lesson with digital tools")), new BigDecimal("60")));
        courses.catalogue().addModule(new AddModule(course.id(), "M1", text("Module 1"), null, new BigDecimal("10"), true));
        course = courses.catalogue().publish(course.id());
        CohortView c = courses.cohorts().schedule(new ScheduleCohort(course.id(), "AK" + k, null,
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 15), "Asia/Seoul", DeliveryMode.IN_PERSON,
                new Venue("Sejong Education Training Institute", "Hannuri-daero 2130", "Sejong", "KR"), null, "ru",
                Math.max(n, 1), null, List.of(new Facilitator("김민수", "f" + k + "@example.kr", null)), List.of()));
        c = courses.cohorts().openEnrolment(c.id());
        List<TraineeView> trainees = t.runtime().inTransaction(em -> {
            List<TraineeView> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(courses.trainees().register(new RegisterTrainee("Муаллим " + i + " Раҳимов " + k,
                        "Muallim " + i + " Rahimov " + k, "t" + k + "." + i + "@example.tj", "TJ", "Dushanbe",
                        "School 1", List.of("Informatics"), List.of("tg", "ru"), null)));
            }
            return list;
        });
        Map<UUID, UUID> enrolments = new java.util.HashMap<>();
        if (n > 0) {
            courses.enrolments().enrolAll(new EnrolMany(c.id(), trainees.stream().map(TraineeView::id).toList()))
                    .lines().forEach(l -> enrolments.put(l.traineeId(), l.enrolmentId()));
        }
        return new Cohort(c, course, trainees, enrolments);
    }

    static CategoryView category(String code) {
        return assessments.bank().createCategory(new CreateCategory(code + (++serial), text("Category " + code), null));
    }

    static QuestionView singleChoice(CategoryView cat, String stem, String points) {
        return assessments.bank().addQuestion(new AddQuestion(cat.id(), null, QuestionTypes.SINGLE_CHOICE,
                QuestionContent.withChoices(text(stem), List.of(Choice.right("a", text("right")),
                        Choice.wrong("b", text("wrong")), Choice.wrong("c", text("also wrong")))),
                new BigDecimal(points), null, null));
    }

    static QuestionView shortAnswer(CategoryView cat, String stem, String answer) {
        return assessments.bank().addQuestion(new AddQuestion(cat.id(), null, QuestionTypes.SHORT_ANSWER,
                QuestionContent.withAnswers(text(stem), List.of(AcceptedAnswer.of(answer))), BigDecimal.ONE, null, null));
    }

    static QuestionView essay(CategoryView cat, UUID rubricId) {
        return assessments.bank().addQuestion(new AddQuestion(cat.id(), null, QuestionTypes.ESSAY,
                QuestionContent.withChoices(text("Describe a lesson that uses a digital tool."), List.of()),
                new BigDecimal("10"), null, rubricId));
    }

    /** An assessment open 5–8 August Seoul time over these questions. */
    static AssessmentView assessment(Cohort c, AssessmentKind kind, List<QuestionView> questions, Integer attempts,
            Duration limit, GradingMethod method, boolean shuffle) {
        return assessments.assessments().create(new CreateAssessment(c.id(), null, "Q" + (++serial),
                text("Quiz " + serial), kind, seoul(5, 9, 0), seoul(8, 18, 0), limit, Duration.ofSeconds(30), attempts,
                method, new BigDecimal("60"), shuffle, shuffle,
                questions.stream().map(q -> ItemSpec.of(q.id())).toList()));
    }

    /** The version of an answer, as a grader reads it, to pass back as {@code GradeAnswer.expectedVersion}. */
    static long answerVersion(UUID attemptId, UUID questionId) {
        return assessments.attempts().get(attemptId).questions().stream()
                .filter(q -> q.questionId().equals(questionId)).findFirst().orElseThrow().answerVersion();
    }
}
