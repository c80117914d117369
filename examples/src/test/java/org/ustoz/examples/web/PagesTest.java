package org.ustoz.examples.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.PresentedQuestion;
import org.ustoz.assessments.grading.PendingAnswer;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.trainee.TraineeView;

/** The server-rendered pages, without a browser. */
class PagesTest extends WebTestSupport {

    @Autowired
    MockMvc mvc;

    private UUID cohortId(String code) {
        return tx.read(() -> courses.cohorts().getByCode(code).id());
    }

    @Test
    void homeListsProgrammesAndCohorts() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Digitalization of Education"),
                        containsString(DemoData.DELIVERED_COHORT), containsString(DemoData.OPEN_COHORT))));
    }

    @Test
    void cohortPageShowsCyrillicAndHangulNamesAndSeats() throws Exception {
        mvc.perform(get("/cohorts/{id}", cohortId(DemoData.OPEN_COHORT))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Зарина Раҳмонова"), containsString("김지우"),
                        containsString("id=\"seats-left\">2<"), containsString("Asia/Seoul"))));
    }

    @Test
    void languageSwitchToRussianUsesUstozAndPageTexts() throws Exception {
        mvc.perform(get("/").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(cookie().value("ustoz-lang", "ru"))
                .andExpect(content().string(allOf(containsString("Программы"),
                        containsString("Цифровизация образования"), containsString("Открыт набор"))));
        mvc.perform(get("/").param("lang", "ko"))
                .andExpect(content().string(allOf(containsString("프로그램"), containsString("교육의 디지털화"))));
        mvc.perform(get("/").param("lang", "tg"))
                .andExpect(content().string(allOf(containsString("Барномаҳо"), containsString("Рақамисозии маориф"))));
    }

    @Test
    void unknownCohortShowsTheLocalizedErrorWithItsCode() throws Exception {
        mvc.perform(get("/cohorts/{id}", UUID.randomUUID()).param("lang", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("не найден"),
                        containsString("courses.cohort.not-found"))));
    }

    @Test
    void enrolmentRefusedIsShownOnTheCohortPage() throws Exception {
        UUID delivered = cohortId(DemoData.DELIVERED_COHORT);
        TraineeView teacher = newTeachers(1).get(0);
        mvc.perform(post("/cohorts/{id}/enrolments", delivered).param("traineeId", teacher.id().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cohorts/" + delivered))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((PagesController.Problem) result.getFlashMap().get("problem")).code())
                        .isEqualTo("courses.cohort.not-open"));
    }

    @Test
    void enrolsAndWithdrawsFromTheCohortPage() throws Exception {
        CohortView cohort = smallCohort(1, null);
        var teachers = newTeachers(2);
        mvc.perform(get("/cohorts/{id}", cohort.id()).param("q", "Parviz Karimov"))
                .andExpect(content().string(containsString("Парвиз Каримов")));
        mvc.perform(post("/cohorts/{id}/enrolments", cohort.id()).param("traineeId", teachers.get(0).id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cohorts/{id}/enrolments", cohort.id()).param("traineeId", teachers.get(1).id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cohorts/{id}", cohort.id()))
                .andExpect(content().string(allOf(containsString("id=\"enrolled\">1<"),
                        containsString("id=\"waitlisted\">1<"))));

        UUID first = tx.read(() -> courses.enrolments().find(cohort.id(), teachers.get(0).id())).id();
        mvc.perform(post("/cohorts/{id}/withdrawals", cohort.id()).param("enrolmentId", first.toString())
                        .param("reason", ""))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((PagesController.Problem) result.getFlashMap().get("problem")).fields())
                        .anyMatch(f -> f.startsWith("reason")));
        mvc.perform(post("/cohorts/{id}/withdrawals", cohort.id()).param("enrolmentId", first.toString())
                        .param("reason", "Family emergency"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((PagesController.Notice) result.getFlashMap().get("notice")))
                        .isEqualTo(new PagesController.Notice("notice.withdrawnPromoted",
                                teachers.get(1).fullName(), null)));
        mvc.perform(get("/cohorts/{id}", cohort.id()))
                .andExpect(content().string(allOf(containsString("id=\"enrolled\">1<"),
                        containsString("id=\"waitlisted\">0<"))));
    }

    @Test
    void traineeSearchTimetableDashboardCertificatesAndVerification() throws Exception {
        mvc.perform(get("/trainees").param("q", "Rahmonova"))
                .andExpect(content().string(containsString("Зарина Раҳмонова")));
        UUID delivered = cohortId(DemoData.DELIVERED_COHORT);
        mvc.perform(get("/cohorts/{id}/timetable", delivered).param("zone", "Asia/Dushanbe"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Asia/Dushanbe")));
        mvc.perform(get("/cohorts/{id}/dashboard", delivered))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cannot reach the minimum")));
        mvc.perform(get("/cohorts/{id}/certificates", delivered))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Download PDF")));
        mvc.perform(get("/verify").param("code", "ABCD-EFGH-JKMN-PQRS-T"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Unknown code")));
    }

    // ---------------------------------------------------------------- assessments

    @Test
    void cohortPageLinksTheAssessmentPages() throws Exception {
        UUID open = cohortId(DemoData.OPEN_COHORT);
        mvc.perform(get("/cohorts/{id}", open))
                .andExpect(content().string(allOf(containsString("id=\"link-assessments\""),
                        containsString("/cohorts/" + open + "/gradebook"),
                        containsString("/cohorts/" + open + "/learning-gain"))));
        mvc.perform(get("/cohorts/{id}/assessments", open).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(QuizData.PRE_TEST), containsString(QuizData.POST_TEST),
                        containsString(QuizData.QUIZ), containsString("Формирующий тест"),
                        containsString("Очередь проверки"))));
    }

    @Test
    void traineeTakesTheQuizThroughTheFormAndSeesPointsPerQuestion() throws Exception {
        AssessmentView quiz = assessment(QuizData.QUIZ);
        UUID trainee = openCohortTrainee(10);
        mvc.perform(get("/assessments/{id}/take", quiz.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"traineeId\""),
                        containsString(trainee.toString()))));
        String location = mvc.perform(post("/assessments/{id}/attempts", quiz.id()).param("traineeId", trainee.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        org.assertj.core.api.Assertions.assertThat(location).startsWith("/attempts/");
        UUID attemptId = UUID.fromString(location.substring("/attempts/".length()));
        AttemptView attempt = tx.read(() -> assessments.attempts().get(attemptId));
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("type=\"radio\""), containsString("type=\"checkbox\""),
                        containsString("<select"), containsString("<textarea"), containsString("type=\"number\""),
                        containsString("id=\"submit\""))));
        var form = post(location).param("submit", "");
        for (PresentedQuestion q : attempt.questions()) {
            String name = "q-" + q.questionId();
            switch (q.type()) {
                case QuestionTypes.SINGLE_CHOICE -> form.param(name, "a");
                case QuestionTypes.TRUE_FALSE -> form.param(name, "true");
                case QuestionTypes.MULTIPLE_RESPONSE -> form.param(name, "a", "b");
                case QuestionTypes.SHORT_ANSWER -> form.param(name, "learning management system");
                case QuestionTypes.NUMERIC -> form.param(name, "85");
                case QuestionTypes.MATCHING -> q.choices().forEach(c -> form.param(name + "-" + c.key(), c.key()));
                case QuestionTypes.ORDERING -> {
                    List<String> right = List.of("video", "quiz", "groups", "reflect");
                    q.choices().forEach(c -> form.param(name + "-" + c.key(), String.valueOf(right.indexOf(c.key()) + 1)));
                }
                default -> form.param(name, "Pupils answered a quiz on tablets; I regrouped them by the results.");
            }
        }
        mvc.perform(form).andExpect(redirectedUrl(location));
        AttemptView submitted = tx.read(() -> assessments.attempts().get(attemptId));
        org.assertj.core.api.Assertions.assertThat(submitted.status()).isEqualTo(AttemptStatus.NEEDS_GRADING);
        org.assertj.core.api.Assertions.assertThat(submitted.questions()).filteredOn(q -> q.points() != null)
                .allMatch(q -> q.points().compareTo(q.maxPoints()) == 0).hasSize(7);
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"review\""), containsString("2 / 2"),
                        containsString("Awaiting grading"), containsString("Moodle"))));
    }

    @Test
    void startingAClosedTestShowsTheLocalizedErrorWithItsCode() throws Exception {
        AssessmentView pre = assessment(QuizData.PRE_TEST);
        var result = mvc.perform(post("/assessments/{id}/attempts", pre.id())
                        .param("traineeId", openCohortTrainee(25).toString()).param("lang", "ru"))
                .andExpect(redirectedUrl("/assessments/" + pre.id() + "/take")).andReturn();
        PagesController.Problem problem = (PagesController.Problem) result.getFlashMap().get("problem");
        org.assertj.core.api.Assertions.assertThat(problem.code()).isEqualTo("assessments.attempt.window-closed");
        mvc.perform(get("/assessments/{id}/take", pre.id()).flashAttr("problem", problem))
                .andExpect(content().string(containsString("assessments.attempt.window-closed")));
        var none = mvc.perform(post("/assessments/{id}/attempts", assessment(QuizData.POST_TEST).id())
                .param("traineeId", openCohortTrainee(0).toString())).andReturn();
        org.assertj.core.api.Assertions.assertThat(((PagesController.Problem) none.getFlashMap().get("problem")).code())
                .isEqualTo("assessments.attempt.none-left");
    }

    @Test
    void gradingQueueAndRubricGrading() throws Exception {
        AssessmentView quiz = assessment(QuizData.QUIZ);
        mvc.perform(get("/assessments/{id}/grading", quiz.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"queue\""), containsString("Describe a lesson"))));
        PendingAnswer pending = tx.read(() -> assessments.grading().queue(quiz.id())).get(0);
        String page = "/attempts/" + pending.attemptId() + "/questions/" + pending.questionId() + "/grade";
        mvc.perform(get(page).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"level-purpose\""),
                        containsString("name=\"comment-evidence\""), containsString("Образцовый"),
                        containsString("Цель инструмента"))));
        mvc.perform(post(page).param("expectedVersion", String.valueOf(pending.answerVersion()))
                        .param("criterion", "purpose", "evidence", "next")
                        .param("level-purpose", "exemplary").param("level-evidence", "proficient")
                        .param("level-next", "developing").param("comment-next", "Say what you will change.")
                        .param("feedback", "A clear reflection."))
                .andExpect(redirectedUrl("/assessments/" + quiz.id() + "/grading"));
        AttemptView graded = tx.read(() -> assessments.attempts().get(pending.attemptId()));
        PresentedQuestion essay = graded.questions().stream().filter(q -> q.questionId().equals(pending.questionId()))
                .findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(essay.points()).isEqualByComparingTo("9");
        org.assertj.core.api.Assertions.assertThat(essay.feedback()).isEqualTo("A clear reflection.");
        // a level missing from the rubric: refused, shown with its code
        PendingAnswer next = tx.read(() -> assessments.grading().queue(quiz.id())).get(0);
        String nextPage = "/attempts/" + next.attemptId() + "/questions/" + next.questionId() + "/grade";
        var refused = mvc.perform(post(nextPage).param("expectedVersion", String.valueOf(next.answerVersion()))
                        .param("criterion", "purpose").param("level-purpose", "legendary"))
                .andExpect(redirectedUrl(nextPage)).andReturn();
        org.assertj.core.api.Assertions.assertThat(((PagesController.Problem) refused.getFlashMap().get("problem")).code())
                .startsWith("assessments.");
    }

    @Test
    void gradebookLearningGainAndItemAnalysis() throws Exception {
        UUID open = cohortId(DemoData.OPEN_COHORT);
        mvc.perform(get("/cohorts/{id}/gradebook", open)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"gradebook\""), containsString("Post-test"),
                        containsString("Quizzes"), containsString("class=\"letter\">F<"), containsString("Pass mark 60 %"))));
        String champion = tx.read(() -> QuizData.enrolled(courses, open).get(QuizData.CHAMPION).fullName());
        mvc.perform(get("/cohorts/{id}/learning-gain", open)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("class=\"pre\""),
                        containsString("class=\"post\""), containsString("id=\"average-gain\""),
                        containsString("Hake"), containsString("Digital tools in the classroom"),
                        containsString(champion))));
        mvc.perform(get("/cohorts/{id}/learning-gain", open).param("lang", "tg")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Афзоиши дониш")));
        mvc.perform(get("/assessments/{id}/item-analysis", assessment(QuizData.POST_TEST).id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"items\""), containsString("Cronbach"),
                        containsString("Which of these is a learning management system?"))));
    }
}
