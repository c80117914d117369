package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.cohort.ChangeCapacity;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.enrolment.RosterQuery;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeSearch;

/**
 * Missing, oversized and malformed fields are refused before anything is written, with a message
 * naming each field in the caller's language, and the database is left as it was.
 */
class BadInputTest extends ServiceTest {

    static CourseView course;

    @BeforeAll
    static void start() {
        course = f.publishedCourse("BAD-INPUT");
    }

    static final String LONG = "x".repeat(301);

    @Test
    void createCourse() {
        refused(() -> f.courses.catalogue().createCourse(new CreateCourse(null, null, null, null, null)),
                "code", "learningOutcomes", "title", "totalHours");
        refused(() -> f.courses.catalogue().createCourse(new CreateCourse("bad code!", LocalizedText.of("en", LONG),
                null, List.of(), new BigDecimal("0.123"))), "code", "title", "title[en]", "totalHours");
        refused(() -> f.courses.catalogue().createCourse(new CreateCourse("C".repeat(65), Fixture.TITLE, null,
                Collections.nCopies(51, LocalizedText.of("en", "x")), new BigDecimal("-1"))),
                "code", "learningOutcomes", "totalHours");
    }

    @Test
    void addModule() {
        refused(() -> f.courses.catalogue().addModule(new AddModule(null, "", null, null, BigDecimal.ZERO, true)),
                "code", "courseId", "hours", "title");
    }

    @Test
    void scheduleCohort() {
        refused(() -> f.courses.cohorts().schedule(new ScheduleCohort(course.id(), "K1", null, LocalDate.of(2025, 8, 4),
                LocalDate.of(2025, 8, 15), "Asia/Sejong", DeliveryMode.BLENDED,
                new Venue("", null, "Sejong", "Korea"), "ftp://x", "not a tag!", 0, -1,
                List.of(new Facilitator("김민수", "not-an-email", null)), List.of())),
                "capacity", "facilitators[0].email", "language", "onlineUrl", "timeZone", "venue.country",
                "venue.name", "waitlistCapacity");
        refused(() -> f.courses.cohorts().schedule(new ScheduleCohort(null, null, null, null, null, null, null, null,
                null, null, 1, null, null, null)),
                "code", "courseId", "deliveryMode", "endDate", "facilitators", "language", "partners", "startDate",
                "timeZone");
    }

    @Test
    void registerTrainee() {
        refused(() -> f.courses.trainees().register(new RegisterTrainee(" ", LONG, "zarina@", "Tajikistan", null,
                null, List.of(""), List.of("123"), "e".repeat(129))),
                "country", "email", "externalId", "fullName", "languages[0]", "latinName", "subjects[0]");
        refused(() -> f.courses.trainees().register(new RegisterTrainee(null, null, null, null, null, null, null,
                null, null)), "country", "email", "fullName", "languages", "subjects");
    }

    @Test
    void enrolmentCommandsAndQueries() {
        refused(() -> f.courses.enrolments().enrolAll(new EnrolMany(null, List.of())), "cohortId", "traineeIds");
        refused(() -> f.courses.enrolments().enrolAll(new EnrolMany(UUID.randomUUID(),
                Collections.nCopies(1001, UUID.randomUUID()))), "traineeIds");
        refused(() -> f.courses.enrolments().withdraw(new Withdraw(null, " ")), "enrolmentId", "reason");
        refused(() -> f.courses.enrolments().roster(new RosterQuery(null, java.util.Set.of(), new PageRequest(-1, 501))),
                "cohortId", "page.page", "page.size", "statuses");
        refused(() -> f.courses.trainees().search(new TraineeSearch("", PageRequest.first(0))), "page.size", "text");
        refused(() -> f.courses.cohorts().changeCapacity(new ChangeCapacity(UUID.randomUUID(), 0, null)), "capacity");
    }

    /** The call is refused naming exactly these fields, in English and Russian, and writes nothing. */
    private static void refused(Runnable call, String... fields) {
        String before = rowCounts();
        check(call, Locale.ENGLISH, e -> assertThat(e.getLocalizedMessage()).contains("Invalid input"), fields);
        check(call, Locale.forLanguageTag("ru"), e -> {
            assertThat(e.getLocalizedMessage()).contains("Неверные данные");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).containsPattern("\\p{IsCyrillic}"));
        }, fields);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static void check(Runnable call, Locale locale, Consumer<ValidationFailedException> more, String... fields) {
        t.caller().locale(locale);
        try {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                assertThat(e.fields()).containsExactly(fields);
                assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank().doesNotContain("{"));
                more.accept(e);
            });
        } finally {
            t.caller().locale(Locale.ENGLISH);
        }
    }

    private static String rowCounts() {
        StringBuilder counts = new StringBuilder();
        for (String table : List.of("ustoz_course", "ustoz_course_module", "ustoz_cohort", "ustoz_trainee",
                "ustoz_enrolment")) {
            counts.append(table).append('=').append(t.db().queryLong("select count(*) from " + table)).append(' ');
        }
        return counts.toString();
    }
}
