package org.ustoz.examples.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
}
