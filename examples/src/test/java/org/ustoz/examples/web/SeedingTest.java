package org.ustoz.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ustoz.core.UstozModule;
import org.ustoz.core.UstozModules;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.core.persistence.Vendor;
import org.ustoz.courses.catalogue.CourseQuery;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.trainee.TraineeSearch;

/** The application seeds the Sejong seminar once, and Ustoz's migrations ran beside its own. */
class SeedingTest extends WebTestSupport {

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void seedsTheSejongSeminar() {
        CohortView open = tx.read(() -> courses.cohorts().getByCode(DemoData.OPEN_COHORT));
        assertThat(open.timeZone().getId()).isEqualTo("Asia/Seoul");
        assertThat(open.capacity()).isEqualTo(30);
        assertThat(open.venue().city()).isEqualTo("Sejong");
        CohortView delivered = tx.read(() -> courses.cohorts().getByCode(DemoData.DELIVERED_COHORT));
        assertThat(delivered.enrolledCount()).isEqualTo(30);
        assertThat(delivered.waitlistedCount()).isEqualTo(2);
        assertThat(tx.read(() -> courses.trainees().search(TraineeSearch.of("김지우")).items()))
                .extracting(t -> t.latinName()).containsExactly("Kim Jiwoo");
    }

    @Test
    void seedsTheAssessmentsOfTheOpenCohort() {
        UUID open = tx.read(() -> courses.cohorts().getByCode(DemoData.OPEN_COHORT).id());
        assertThat(tx.read(() -> assessments.assessments().ofCohort(open))).extracting(a -> a.code())
                .containsExactlyInAnyOrder(QuizData.PRE_TEST, QuizData.POST_TEST, QuizData.QUIZ);
        assertThat(tx.read(() -> assessments.gradebook().gradebook(open)).columns()).hasSize(2);
        assertThat(tx.read(() -> assessments.analytics().itemAnalysis(assessment(QuizData.PRE_TEST).id())).trainees())
                .isEqualTo(QuizData.PRE_TAKERS);
        assertThat(tx.read(() -> assessments.analytics().learningGain(assessment(QuizData.PRE_TEST).id(),
                assessment(QuizData.POST_TEST).id())).undefinedFor()).hasSize(1);
        // the quiz is open whatever the day; the pre-test closed on the first morning
        java.time.Instant now = clock.instant();
        assertThat(assessment(QuizData.QUIZ).opensAt()).isBefore(now);
        assertThat(assessment(QuizData.QUIZ).closesAt()).isAfter(now);
        assertThat(assessment(QuizData.PRE_TEST).closesAt()).isBefore(now);
    }

    @Test
    void secondSeedingAddsNothing() {
        long courses = countCourses();
        long trainees = jdbc.queryForObject("select count(*) from ustoz_trainee", Long.class);
        int tests = tx.read(() -> assessments.assessments().ofCohort(
                this.courses.cohorts().getByCode(DemoData.OPEN_COHORT).id())).size();
        assertThat(demoData.seed()).isFalse();
        assertThat(tx.read(() -> assessments.assessments().ofCohort(
                this.courses.cohorts().getByCode(DemoData.OPEN_COHORT).id()))).hasSize(tests);
        assertThat(countCourses()).isEqualTo(courses).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ustoz_trainee", Long.class)).isEqualTo(trainees);
    }

    @Test
    void ustozMigrationsRanBesideTheApplicationsOwn() {
        assertThat(jdbc.queryForObject("select count(*) from example_seed", Long.class)).isEqualTo(2);
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1");
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        for (UstozModule module : UstozModules.discover().modules()) {
            if (module.hasMigrations()) {
                assertThat(UstozModules.flyway(module, dataSource, Vendor.of(dataSource)).info().pending())
                        .as(module.name()).isEmpty();
                assertThat(UstozModules.flyway(module, dataSource, Vendor.of(dataSource)).info().applied())
                        .as(module.name()).isNotEmpty();
            }
        }
    }

    private long countCourses() {
        return tx.read(() -> courses.catalogue().list(new CourseQuery(null, PageRequest.first(50))).totalItems());
    }
}
