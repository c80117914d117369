package org.ustoz.examples.web;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ustoz.assessments.Assessments;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.courses.Courses;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;

/**
 * The example application started once for all its tests (one Spring context, a random port, MockMvc), on
 * the database the suite runs on: in-memory H2 by default; with {@code -Ppostgresql} or {@code -Pmariadb} a
 * fresh schema or database on that server, dropped when the JVM ends. The application seeds it as on a first
 * start. Tests that change data make their own cohorts and trainees ({@link #smallCohort}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class WebTestSupport {

    static final String TEST_DATABASE = TestDatabase.url();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TEST_DATABASE);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        // no scheduled jobs under test: a test runs them itself
        registry.add("ustoz.example.scheduling", () -> "false");
    }

    @Autowired
    Courses courses;

    @Autowired
    Tx tx;

    @Autowired
    Clock clock;

    @Autowired
    Assessments assessments;

    /** A seeded assessment of the open cohort, by its code ({@link QuizData}). */
    AssessmentView assessment(String code) {
        return tx.read(() -> {
            UUID cohort = courses.cohorts().getByCode(DemoData.OPEN_COHORT).id();
            return assessments.assessments().ofCohort(cohort).stream().filter(a -> a.code().equals(code))
                    .findFirst().orElseThrow();
        });
    }

    /**
     * The enrolled trainee of the open cohort at a roster position. The seeding gave positions 0–23 a pre-test,
     * 0–21 a post-test and 0–5 a quiz attempt; tests that take the quiz each use a position of their own (10 and
     * up) so that no two start an attempt for the same trainee.
     */
    UUID openCohortTrainee(int position) {
        return tx.read(() -> QuizData.enrolled(courses, courses.cohorts().getByCode(DemoData.OPEN_COHORT).id())
                .get(position).traineeId());
    }

    /** A new cohort of the seeded course, open for enrolment, around today, with the given seats. */
    CohortView smallCohort(int capacity, Integer waitlist) {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Seoul")).toLocalDate();
        return tx.write(() -> {
            UUID course = courses.catalogue().getByCode(DemoData.COURSE_CODE).id();
            CohortView draft = courses.cohorts().schedule(new ScheduleCohort(course, code, null, today.minusDays(1),
                    today.plusDays(5), "Asia/Seoul", DeliveryMode.IN_PERSON,
                    new Venue("Sejong Education Training Institute", null, "Sejong", "KR"), null, "ru", capacity,
                    waitlist, List.of(), List.of()));
            return courses.cohorts().openEnrolment(draft.id());
        });
    }

    /** Teachers with Tajik Cyrillic names and a Latin form, new for each call (unique e-mails). */
    List<TraineeView> newTeachers(int count) {
        String[][] names = {{"Парвиз Каримов", "Parviz Karimov"}, {"Нилуфар Саидова", "Nilufar Saidova"},
                {"Бахтиёр Раҳимов", "Bakhtiyor Rahimov"}, {"Гулчеҳра Шарипова", "Gulchehra Sharipova"}};
        List<TraineeView> trainees = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            String[] name = names[i % names.length];
            RegisterTrainee command = new RegisterTrainee(name[0], name[1],
                    "t" + i + "." + run + "@test.example", "TJ", "Dushanbe", "School No. " + (i + 1), List.of("Informatics"),
                    List.of("tg", "ru"), null, "Asia/Dushanbe");
            trainees.add(tx.write(() -> courses.trainees().register(command)));
        }
        return trainees;
    }

    /** A session of the cohort that started an hour ago, so that attendance can be taken. */
    SessionView sessionStartedAnHourAgo(UUID cohortId) {
        Instant start = clock.instant().minus(Duration.ofHours(1));
        return tx.write(() -> courses.timetable().schedule(new ScheduleSession(cohortId, null, null, start,
                start.plus(Duration.ofHours(3)), "Room " + UUID.randomUUID().toString().substring(0, 6), null, null)));
    }

    static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }

    /** The suite's database: H2 in memory, or a fresh schema (PostgreSQL) or database (MariaDB). */
    static final class TestDatabase {

        private static final String NAME = "ustoz_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private static String url;

        private TestDatabase() {
        }

        static String kind() {
            String kind = System.getProperty("ustoz.test.db", "");
            return kind.isBlank() ? "h2" : kind.toLowerCase(Locale.ROOT);
        }

        static String user() {
            return "h2".equals(kind()) ? "sa" : System.getProperty("ustoz.test.jdbc.user", "");
        }

        static String password() {
            return "h2".equals(kind()) ? "" : System.getProperty("ustoz.test.jdbc.password", "");
        }

        static synchronized String url() {
            if (url != null) {
                return url;
            }
            String base = System.getProperty("ustoz.test.jdbc.url", "");
            switch (kind()) {
                case "h2" -> url = "jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1";
                case "postgresql" -> {
                    admin(base, "CREATE SCHEMA " + NAME);
                    url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + NAME;
                    dropAtExit(base, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
                }
                case "mariadb" -> {
                    admin(base, "CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    url = base.substring(0, base.lastIndexOf('/')) + "/" + NAME;
                    dropAtExit(base, "DROP DATABASE IF EXISTS " + NAME);
                }
                default -> throw new IllegalStateException("unknown ustoz.test.db: " + kind());
            }
            return url;
        }

        private static void dropAtExit(String base, String sql) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    admin(base, sql);
                } catch (RuntimeException ignored) {
                    // best effort: the server may be gone already
                }
            }, "drop-test-database"));
        }

        private static void admin(String base, String sql) {
            try (Connection c = DriverManager.getConnection(base, user(), password());
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the test database at " + base + ": " + e.getMessage(), e);
            }
        }
    }
}
