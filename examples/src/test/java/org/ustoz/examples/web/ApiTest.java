package org.ustoz.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.grading.PendingAnswer;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.TraineeView;

/** The REST API: its operations, and its errors as problem details with Ustoz's code. */
class ApiTest extends WebTestSupport {

    @Autowired
    MockMvc mvc;

    private UUID cohortId(String code) {
        return tx.read(() -> courses.cohorts().getByCode(code).id());
    }

    private ResultActions enrol(UUID cohort, String body) throws Exception {
        return mvc.perform(post("/api/cohorts/{id}/enrolments", cohort)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String trainee(UUID id) {
        return "{\"traineeId\":\"" + id + "\"}";
    }

    private static void isProblem(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.kind").exists())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("\tat "))));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void unknownIdIsNotFoundWithTheCode() throws Exception {
        ResultActions result = mvc.perform(get("/api/cohorts/{id}", UUID.randomUUID()));
        isProblem(result, 404, "courses.cohort.not-found");
        result.andExpect(jsonPath("$.kind").value("NOT_FOUND"));
    }

    @Test
    void unknownIdMessageFollowsTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/cohorts/{id}", UUID.randomUUID()).header("Accept-Language", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("courses.cohort.not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("не найден")));
    }

    @Test
    void missingFieldIsBadRequestNamingTheField() throws Exception {
        ResultActions result = enrol(cohortId(DemoData.OPEN_COHORT), "{}");
        isProblem(result, 400, "core.validation-failed");
        result.andExpect(jsonPath("$.kind").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.fields").value(hasItem("traineeId")))
                .andExpect(jsonPath("$.violations[0].field").value("traineeId"));
    }

    @Test
    void fullCohortIsConflict() throws Exception {
        CohortView cohort = smallCohort(1, 0); // one seat, no waitlist
        List<TraineeView> teachers = newTeachers(2);
        enrol(cohort.id(), trainee(teachers.get(0).id())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ENROLLED"));
        ResultActions result = enrol(cohort.id(), trainee(teachers.get(1).id()));
        isProblem(result, 409, "courses.cohort.full");
        result.andExpect(jsonPath("$.kind").value("CONFLICT"));
    }

    @Test
    void illegalTransitionIsConflict() throws Exception {
        CohortView cohort = smallCohort(5, null);
        TraineeView teacher = newTeachers(1).get(0);
        EnrolmentView enrolment = tx.write(() -> courses.enrolments().enrol(new Enrol(cohort.id(), teacher.id())));
        String reason = "{\"reason\":\"Moved to another school\"}";
        mvc.perform(post("/api/enrolments/{id}/withdrawal", enrolment.id())
                .contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn.status").value("WITHDRAWN"));
        ResultActions again = mvc.perform(post("/api/enrolments/{id}/withdrawal", enrolment.id())
                .contentType(MediaType.APPLICATION_JSON).content(reason));
        isProblem(again, 409, "courses.enrolment.illegal-transition");
        again.andExpect(jsonPath("$.kind").value("INVALID_STATE"));
    }

    @Test
    void enrolmentInACompletedCohortIsConflictNotOpen() throws Exception {
        TraineeView teacher = newTeachers(1).get(0);
        isProblem(enrol(cohortId(DemoData.DELIVERED_COHORT), trainee(teacher.id())), 409, "courses.cohort.not-open");
    }

    @Test
    void malformedRequestsAreBadRequestProblems() throws Exception {
        isProblem(enrol(cohortId(DemoData.OPEN_COHORT), "{not json"), 400, "web.bad-request");
        isProblem(mvc.perform(get("/api/cohorts/not-a-uuid")), 400, "web.bad-request");
        isProblem(mvc.perform(get("/api/cohorts/{id}/timetable", cohortId(DemoData.OPEN_COHORT))
                .param("zone", "Mars/Olympus")), 400, "web.invalid-time-zone");
    }

    @Test
    void unexpectedFailureIsAGenericProblemWithoutSqlOrStackTrace() throws Exception {
        ResultActions result = mvc.perform(get("/api/test/failure"));
        isProblem(result, 500, "web.internal-error");
        result.andExpect(content().string(not(containsString(FailingController.SECRET))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    // ---------------------------------------------------------------- operations

    @Test
    void listsCoursesAndCohorts() throws Exception {
        mvc.perform(get("/api/courses")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'DIGI-EDU')].title.ko").value(hasItem("교육의 디지털화")));
        mvc.perform(get("/api/cohorts")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code").value(hasItem(DemoData.DELIVERED_COHORT)))
                .andExpect(jsonPath("$.items[*].code").value(hasItem(DemoData.OPEN_COHORT)));
    }

    @Test
    void cohortWithRosterHasCyrillicAndHangulNames() throws Exception {
        mvc.perform(get("/api/cohorts/{id}", cohortId(DemoData.OPEN_COHORT))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cohort.timeZone").value("Asia/Seoul"))
                .andExpect(jsonPath("$.cohort.capacity").value(30))
                .andExpect(jsonPath("$.roster[*].fullName").value(hasItem("Зарина Раҳмонова")))
                .andExpect(jsonPath("$.roster[*].fullName").value(hasItem("김지우")));
    }

    @Test
    void enrolsUntilFullThenWaitlists() throws Exception {
        CohortView cohort = smallCohort(2, null);
        List<TraineeView> teachers = newTeachers(3);
        enrol(cohort.id(), trainee(teachers.get(0).id())).andExpect(status().isCreated())
                .andExpect(header().exists("Location"));
        enrol(cohort.id(), trainee(teachers.get(1).id())).andExpect(jsonPath("$.status").value("ENROLLED"));
        enrol(cohort.id(), trainee(teachers.get(2).id())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.waitlistPosition").value(1));
        mvc.perform(get("/api/cohorts/{id}", cohort.id()))
                .andExpect(jsonPath("$.summary.enrolled").value(2))
                .andExpect(jsonPath("$.summary.waitlisted").value(1));
    }

    @Test
    void searchFindsCyrillicNamesFromLatinInput() throws Exception {
        mvc.perform(get("/api/trainees").param("q", "Rahmonova")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName").value(hasItem("Зарина Раҳмонова")));
        mvc.perform(get("/api/trainees").param("q", "Jurayev")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName").value(hasItem("Иброҳим Ҷӯраев")));
    }

    @Test
    void timetableIsShownInTheZoneAskedFor() throws Exception {
        mvc.perform(get("/api/cohorts/{id}/timetable", cohortId(DemoData.DELIVERED_COHORT))
                .param("zone", "Asia/Dushanbe")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(20))
                .andExpect(jsonPath("$[0].zone").value("Asia/Dushanbe"))
                .andExpect(jsonPath("$[0].startsAt").value("2025-08-04T00:00:00Z"))
                .andExpect(jsonPath("$[0].localStart").value("2025-08-04T05:00:00")); // 09:00 in Seoul
    }

    @Test
    void recordsTheAttendanceOfAWholeSession() throws Exception {
        CohortView cohort = smallCohort(5, null);
        List<TraineeView> teachers = newTeachers(3);
        teachers.forEach(t -> tx.write(() -> courses.enrolments().enrol(new Enrol(cohort.id(), t.id()))));
        SessionView session = sessionStartedAnHourAgo(cohort.id());
        String body = """
                {"marks": [
                  {"traineeId": "%s", "status": "PRESENT"},
                  {"traineeId": "%s", "status": "PRESENT", "lateMinutes": 10},
                  {"traineeId": "%s", "status": "ABSENT"}]}
                """.formatted(teachers.get(0).id(), teachers.get(1).id(), teachers.get(2).id());
        mvc.perform(put("/api/sessions/{id}/attendance", session.id())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.records.length()").value(3));
        mvc.perform(get("/api/cohorts/{id}/dashboard", cohort.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.sessionsHeld").value(1));
    }

    @Test
    void dashboardShowsTheTraineesAtRisk() throws Exception {
        mvc.perform(get("/api/cohorts/{id}/dashboard", cohortId(DemoData.DELIVERED_COHORT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions").value(20))
                .andExpect(jsonPath("$.sessionsHeld").value(20))
                .andExpect(jsonPath("$.atRisk").value(2));
    }

    @Test
    void certificatePdfAndVerification() throws Exception {
        UUID cohort = cohortId(DemoData.DELIVERED_COHORT);
        var certificates = tx.read(() -> courses.certificates().ofCohort(cohort));
        assertThat(certificates).hasSizeGreaterThan(20);
        var certificate = certificates.get(0);
        byte[] pdf = mvc.perform(get("/api/certificates/{id}/pdf", certificate.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/api/certificates/verification").param("code", certificate.code().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("VALID"))
                .andExpect(jsonPath("$.traineeName").value(certificate.traineeName()));
        mvc.perform(get("/api/certificates/verification").param("code", "ABCD-EFGH-JKMN-PQRS-T"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("UNKNOWN"));
        isProblem(mvc.perform(get("/api/certificates/{id}/pdf", UUID.randomUUID())), 404,
                "courses.certificate.not-found");
    }

    @Test
    void openApiDescriptionIsServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/cohorts/{id}/enrolments']").exists())
                .andExpect(jsonPath("$.paths['/api/sessions/{id}/attendance']").exists())
                .andExpect(jsonPath("$.paths['/api/assessments/{id}/attempts']").exists())
                .andExpect(jsonPath("$.paths['/api/cohorts/{id}/learning-gain']").exists());
    }

    // ---------------------------------------------------------------- assessments

    private ResultActions start(UUID assessment, UUID trainee) throws Exception {
        return mvc.perform(post("/api/assessments/{id}/attempts", assessment)
                .contentType(MediaType.APPLICATION_JSON).content(trainee(trainee)));
    }

    private static String line(UUID question, String... values) {
        return "{\"questionId\":\"" + question + "\",\"response\":{\"values\":["
                + String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]}}";
    }

    @Test
    void listsTheAssessmentsOfTheCohort() throws Exception {
        mvc.perform(get("/api/cohorts/{id}/assessments", cohortId(DemoData.OPEN_COHORT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        QuizData.PRE_TEST, QuizData.POST_TEST, QuizData.QUIZ)))
                .andExpect(jsonPath("$[?(@.code == 'DIGI-QUIZ')].items.length()").value(8));
    }

    @Test
    void takesTheQuizStartSaveSubmitAndGet() throws Exception {
        AssessmentView quiz = assessment(QuizData.QUIZ);
        String body = start(quiz.id(), openCohortTrainee(11))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.questions.length()").value(8))
                .andReturn().getResponse().getContentAsString();
        UUID attempt = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
        AttemptView view = tx.read(() -> assessments.attempts().get(attempt));
        UUID single = view.questions().stream().filter(q -> q.type().equals(QuestionTypes.SINGLE_CHOICE))
                .findFirst().orElseThrow().questionId();
        UUID numeric = view.questions().stream().filter(q -> q.type().equals(QuestionTypes.NUMERIC))
                .findFirst().orElseThrow().questionId();
        mvc.perform(put("/api/attempts/{id}/responses", attempt).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[" + line(single, "a") + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(post("/api/attempts/{id}/submission", attempt).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[" + line(numeric, "85") + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.not("IN_PROGRESS")))
                .andExpect(jsonPath("$.questions[?(@.questionId == '" + single + "')].points").value(hasItem(1.0)))
                .andExpect(jsonPath("$.questions[?(@.questionId == '" + numeric + "')].points").value(hasItem(1.0)));
        mvc.perform(get("/api/attempts/{id}", attempt)).andExpect(status().isOk())
                .andExpect(jsonPath("$.points").value(2.0));
        // saving after the submission is refused with the code
        isProblem(mvc.perform(put("/api/attempts/{id}/responses", attempt).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":[" + line(single, "b") + "]}")), 409, "assessments.attempt.not-in-progress");
    }

    @Test
    void responseToAQuestionNotInTheAttemptIsRefusedWithTheCode() throws Exception {
        AssessmentView quiz = assessment(QuizData.QUIZ);
        String body = start(quiz.id(), openCohortTrainee(12)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID attempt = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
        ResultActions result = mvc.perform(put("/api/attempts/{id}/responses", attempt)
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[" + line(UUID.randomUUID(), "a") + "]}"));
        isProblem(result, 422, "assessments.attempt.question-not-in-attempt");
        result.andExpect(jsonPath("$.kind").value("INVALID_INPUT"));
        // a second attempt while this one is in progress
        isProblem(start(quiz.id(), openCohortTrainee(12)), 409, "assessments.attempt.in-progress");
    }

    @Test
    void startOutsideTheWindowOrWithNoAttemptsLeftIsAProblemWithTheCode() throws Exception {
        ResultActions closed = start(assessment(QuizData.PRE_TEST).id(), openCohortTrainee(26));
        isProblem(closed, 409, "assessments.attempt.window-closed");
        closed.andExpect(jsonPath("$.kind").value("INVALID_STATE"));
        isProblem(start(assessment(QuizData.POST_TEST).id(), openCohortTrainee(1)), 409, "assessments.attempt.none-left");
        mvc.perform(post("/api/assessments/{id}/attempts", assessment(QuizData.PRE_TEST).id())
                        .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                        .content(trainee(openCohortTrainee(26))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("assessments.attempt.window-closed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(".*[А-Яа-я].*")));
    }

    @Test
    void gradingQueueAndGradingWithTheRubric() throws Exception {
        AssessmentView quiz = assessment(QuizData.QUIZ);
        mvc.perform(get("/api/assessments/{id}/grading-queue", quiz.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$[0].rubricId").exists());
        PendingAnswer pending = tx.read(() -> assessments.grading().queue(quiz.id())).get(0);
        mvc.perform(put("/api/attempts/{id}/questions/{q}/grade", pending.attemptId(), pending.questionId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":" + pending.answerVersion() + ",\"rubric\":[{\"criterion\":\"purpose\",\"level\":\"exemplary\",\"comment\":\"Clear\"},"
                                + "{\"criterion\":\"evidence\",\"level\":\"developing\"},"
                                + "{\"criterion\":\"next\",\"level\":\"beginning\"}],\"feedback\":\"Good start\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[?(@.questionId == '" + pending.questionId() + "')].points")
                        .value(hasItem(7.0)));
        // a second grade on the version already graded is refused; the history keeps the one accepted
        isProblem(mvc.perform(put("/api/attempts/{id}/questions/{q}/grade", pending.attemptId(), pending.questionId())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"expectedVersion\":" + pending.answerVersion() + ",\"points\":1}")), 409,
                "core.concurrent-modification");
        mvc.perform(get("/api/attempts/{id}/questions/{q}/grade-history", pending.attemptId(), pending.questionId()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].answerVersion").value(pending.answerVersion()));
        // an objective question is not graded by hand
        UUID objective = tx.read(() -> assessments.attempts().get(pending.attemptId())).questions().stream()
                .filter(q -> !q.type().equals(QuestionTypes.ESSAY)).findFirst().orElseThrow().questionId();
        isProblem(mvc.perform(put("/api/attempts/{id}/questions/{q}/grade", pending.attemptId(), objective)
                .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\":0,\"points\":1}")), 422,
                "assessments.grading.not-by-hand");
    }

    @Test
    void gradebookLearningGainAndItemAnalysis() throws Exception {
        UUID open = cohortId(DemoData.OPEN_COHORT);
        mvc.perform(get("/api/cohorts/{id}/gradebook", open)).andExpect(status().isOk())
                .andExpect(jsonPath("$.passPercent").value(60))
                .andExpect(jsonPath("$.categories.length()").value(2))
                .andExpect(jsonPath("$.columns.length()").value(2))
                .andExpect(jsonPath("$.rows.length()").value(28))
                .andExpect(jsonPath("$.rows[0].letter").exists());
        mvc.perform(get("/api/cohorts/{id}/learning-gain", open)).andExpect(status().isOk())
                .andExpect(jsonPath("$.averageGain").isNumber())
                .andExpect(jsonPath("$.gainOfAverages").isNumber())
                .andExpect(jsonPath("$.undefinedFor.length()").value(1))
                .andExpect(jsonPath("$.categories.length()").value(2));
        mvc.perform(get("/api/assessments/{id}/item-analysis", assessment(QuizData.POST_TEST).id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainees").value(QuizData.POST_TAKERS))
                .andExpect(jsonPath("$.items.length()").value(7));
        isProblem(mvc.perform(get("/api/cohorts/{id}/learning-gain", cohortId(DemoData.DELIVERED_COHORT))), 404,
                "assessments.assessment.not-found");
    }
}
