package org.ustoz.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.TraineeView;

import tools.jackson.databind.json.JsonMapper;

/** The application's edges: every error a problem with a code, the language switch, strict JSON and forms, the job. */
class EdgesTest extends WebTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    @Autowired
    OverdueAttempts overdueAttempts;

    @LocalServerPort
    int port;

    private static void isProblem(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private UUID openCohort() {
        return tx.read(() -> courses.cohorts().getByCode(DemoData.OPEN_COHORT).id());
    }

    // ---------------------------------------------------------------- errors Spring MVC refuses

    @Test
    void unknownPathIsANotFoundProblem() throws Exception {
        isProblem(mvc.perform(get("/api/no-such-thing")), 404, "web.not-found");
        isProblem(mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)), 404, "web.not-found");
    }

    @Test
    void methodNotAllowedIsAProblem() throws Exception {
        isProblem(mvc.perform(delete("/api/cohorts/{id}", openCohort())), 405, "web.method-not-allowed");
    }

    @Test
    void notAcceptableIsAProblem() throws Exception {
        isProblem(mvc.perform(get("/api/cohorts/{id}", openCohort()).accept(MediaType.valueOf("text/csv"))), 406,
                "web.not-acceptable");
    }

    @Test
    void unsupportedMediaTypeIsAProblem() throws Exception {
        isProblem(mvc.perform(post("/api/cohorts/{id}/enrolments", openCohort())
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415, "web.unsupported-media-type");
    }

    // ---------------------------------------------------------------- errors Tomcat refuses itself

    /** A response read off the wire: its status line, its headers (names in lower case) and its body. */
    private record RawResponse(int status, String headers, String body) {

        String header(String name) {
            return headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    /** Sends a request as it is written, over a plain socket: no client would send these request targets. */
    private RawResponse raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            String response = read.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            assertThat(end).as("a complete response head to %s: %s", requestLine, response).isPositive();
            String head = response.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new RawResponse(status, head.substring(head.indexOf("\r\n") + 2), response.substring(end + 4));
        }
    }

    @Test
    void requestsTomcatRefusesAreBadRequestProblemsToo() throws IOException {
        for (String target : List.of("/api/cohorts/%zz", "/api/cohorts/%", "/api/cohorts/a<script>b",
                "/api/cohorts/a|b", "/api/cohorts/a%2Fb", "/api/cohorts/%00", "/../../etc/passwd", "/api/x\\y",
                "api/cohorts")) {
            RawResponse response = raw("GET " + target + " HTTP/1.1");
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.header("content-type")).as(target).startsWith("application/problem+json");
            assertThat(response.body()).as(target).contains("\"status\":400", "\"code\":\"web.bad-request\"",
                            "\"kind\":\"INVALID_INPUT\"")
                    .doesNotContain("Exception", "Tomcat", "script", "cohorts", "passwd", "<");
        }
    }

    @Test
    void aWellFormedRequestOverTheWireIsStillServed() throws IOException {
        RawResponse page = raw("GET /?lang=ru HTTP/1.1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).startsWith("text/html");
        RawResponse missing = raw("GET /api/no-such-thing HTTP/1.1");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("content-type")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"code\":\"web.not-found\"");
    }

    // ---------------------------------------------------------------- language

    @Test
    void anUnofferedLanguageIsNeitherUsedNorKept() throws Exception {
        for (String lang : List.of("zz", "<script>", "@@", "ru_<b>", "uz", "", "x".repeat(300))) {
            mvc.perform(get("/").param("lang", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("lang=\"en\"")))
                    .andExpect(cookie().doesNotExist("ustoz-lang"));
        }
        // an offered language chosen before is kept
        mvc.perform(get("/").param("lang", "zz").cookie(new Cookie("ustoz-lang", "ru"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ru\"")))
                .andExpect(cookie().doesNotExist("ustoz-lang"));
        // and an offered one still switches, stored as the language alone
        mvc.perform(get("/").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ru\"")))
                .andExpect(cookie().value("ustoz-lang", "ru"));
        mvc.perform(get("/").param("lang", "ru-ZZ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ru\"")))
                .andExpect(cookie().value("ustoz-lang", "ru"));
    }


    @Test
    void aBadLanguageCookieFallsBackToTheDefaultLanguage() throws Exception {
        mvc.perform(get("/").cookie(new Cookie("ustoz-lang", "@@not-a-locale@@"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/").cookie(new Cookie("ustoz-lang", "zz"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    // ---------------------------------------------------------------- strict JSON

    @Test
    void anEnumByItsOrdinalIsRefused() throws Exception {
        CohortView cohort = smallCohort(5, null);
        TraineeView teacher = newTeachers(1).get(0);
        tx.write(() -> courses.enrolments().enrol(new Enrol(cohort.id(), teacher.id())));
        SessionView session = sessionStartedAnHourAgo(cohort.id());
        isProblem(mvc.perform(put("/api/sessions/{id}/attendance", session.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"marks\": [{\"traineeId\": \"" + teacher.id() + "\", \"status\": 0}]}")), 400,
                "web.bad-request");
        isProblem(mvc.perform(put("/api/sessions/{id}/attendance", session.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"marks\": [{\"traineeId\": \"" + teacher.id() + "\", \"status\": \"PRESENT\","
                        + " \"lateMinutes\": 1.5}]}")), 400, "web.bad-request");
        assertThat(tx.read(() -> courses.attendance().sheet(session.id())))
                .allSatisfy(line -> assertThat(line.attendance()).isNull());
    }

    @Test
    void aUuidWithTrailingGarbageAndATrailingDocumentAreRefused() throws Exception {
        UUID cohort = openCohort();
        UUID trainee = openCohortTrainee(0);
        for (String body : List.of("{\"traineeId\":\"" + trainee + "\\u0000\"}", "{\"traineeId\":\"" + trainee + " \"}",
                "{\"traineeId\":\"" + trainee + "x\"}", "{\"traineeId\":\"" + trainee + "\"} {}",
                "{\"traineeId\":\"" + trainee + "\",\"traineeId\":\"" + trainee + "\"}")) {
            isProblem(mvc.perform(post("/api/cohorts/{id}/enrolments", cohort).contentType(MediaType.APPLICATION_JSON)
                    .content(body)), 400, "web.bad-request");
        }
    }

    @Test
    void numbersThatDoNotFitAreRefusedNotRounded() {
        assertThat(json.readValue("1.5e300", double.class)).isEqualTo(1.5e300);
        assertThat(json.readValue("0.0", Double.class)).isZero();
        assertThatThrownBy(() -> json.readValue("1e400", double.class)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> json.readValue("-1e400", Double.class)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> json.readValue("1e-400", double.class)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> json.readValue("1e39", float.class)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> json.readValue("1e-50", Float.class)).hasMessageContaining("out of range");
    }

    // ---------------------------------------------------------------- forms

    @Test
    void theAttendanceFormRefusesAStatusItNeverOffered() throws Exception {
        CohortView cohort = smallCohort(5, null);
        TraineeView teacher = newTeachers(1).get(0);
        tx.write(() -> courses.enrolments().enrol(new Enrol(cohort.id(), teacher.id())));
        SessionView session = sessionStartedAnHourAgo(cohort.id());
        isProblem(mvc.perform(post("/sessions/{id}/attendance", session.id()).param("trainee", teacher.id().toString())
                .param("status-" + teacher.id(), "ON_THE_MOON")), 400, "web.bad-request");
        isProblem(mvc.perform(post("/sessions/{id}/attendance", session.id()).param("trainee", "not-a-uuid")
                .param("status-not-a-uuid", "PRESENT")), 400, "web.bad-request");
        assertThat(tx.read(() -> courses.attendance().sheet(session.id())))
                .allSatisfy(line -> assertThat(line.attendance()).isNull());
    }

    // ---------------------------------------------------------------- scheduled job

    @Test
    void overdueAttemptsAreClosedOnAScheduleThatIsOffUnderTest() {
        assertThat(context.containsBean("org.springframework.context.annotation.internalScheduledAnnotationProcessor"))
                .isFalse();
        // outside any transaction: each attempt is closed in one of its own
        assertThat(overdueAttempts.closeOverdue()).isNotNegative();
    }
}
