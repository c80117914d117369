package org.ustoz.examples.web;

import static java.util.Locale.ENGLISH;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ustoz.assessments.Assessments;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.courses.Courses;
import org.ustoz.courses.attendance.AttendanceSheetLine;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.catalogue.ModuleView;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.PartnerRole;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.completion.ExcusedAbsences;
import org.ustoz.courses.completion.SetCompletionRules;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;
import org.ustoz.examples.console.TajikTeachers;

/**
 * Seeds an empty database with the Sejong seminar, once: the programme "Digitalization of Education", the
 * 32 teachers from Tajikistan of the console demo and four Korean trainees, and two cohorts in Sejong
 * (Asia/Seoul, 30 seats each):
 * <ul>
 * <li>{@value #DELIVERED_COHORT}, 4–15 August 2025, delivered: 30 enrolled and 2 waitlisted, twenty sessions
 *     with attendance, completion and certificates;</li>
 * <li>{@value #OPEN_COHORT}, from three days ago for two weeks, open for enrolment: 28 of 30 seats taken, so
 *     two more enrolments fill it and the next one goes to the waitlist; its first sessions have started, so
 *     attendance can be taken.</li>
 * </ul>
 * The application's own table {@code example_seed} (its own Flyway migration) records that the seeding
 * ran, in the same transaction as Ustoz's writes, so a second start on the same database adds nothing; a
 * failure rolls the whole seeding back. It runs before the web server accepts requests.
 */
@Component
@ConditionalOnProperty(name = "ustoz.example.seed", havingValue = "true", matchIfMissing = true)
public class DemoData implements SmartInitializingSingleton {

    static final String SEED = "sejong-seminar";
    /** The assessments of the open cohort, seeded on their own so that a database seeded before them gets them. */
    static final String ASSESSMENTS_SEED = "sejong-assessments";
    static final String COURSE_CODE = "DIGI-EDU";
    static final String DELIVERED_COHORT = "DIGI-EDU-2025-SEJONG";
    static final String OPEN_COHORT = "DIGI-EDU-SEJONG-OPEN";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Locale KOREAN = Locale.KOREAN;
    private static final Locale TAJIK = Locale.forLanguageTag("tg");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Courses courses;
    private final Assessments assessments;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DemoData(Courses courses, Assessments assessments, TransactionTemplate transactions, JdbcTemplate jdbc,
            Clock clock) {
        this.courses = courses;
        this.assessments = assessments;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Seeds once the beans are ready and before the web server opens, so no page shows a half-seeded database. */
    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    /** Seeds unless already seeded; returns whether it did. */
    public boolean seed() {
        Boolean seeded = transactions.execute(status -> {
            if (!claim(SEED)) {
                return false;
            }
            seedSeminar();
            return true;
        });
        if (Boolean.TRUE.equals(seeded)) {
            log.info("Seeded the Sejong seminar: course {}, cohorts {} and {}", COURSE_CODE, DELIVERED_COHORT,
                    OPEN_COHORT);
        }
        Boolean quizzes = transactions.execute(status -> {
            if (!claim(ASSESSMENTS_SEED)) {
                return false;
            }
            CohortView open = courses.cohorts().getByCode(OPEN_COHORT);
            new QuizData(courses, assessments, clock).seed(open.id(), open.startDate(), open.endDate());
            return true;
        });
        if (Boolean.TRUE.equals(quizzes)) {
            log.info("Seeded the assessments of {}: {}, {}, {} and the gradebook", OPEN_COHORT, QuizData.PRE_TEST,
                    QuizData.POST_TEST, QuizData.QUIZ);
        }
        return Boolean.TRUE.equals(seeded) || Boolean.TRUE.equals(quizzes);
    }

    /** Records that a seeding runs (in its transaction); false if it ran before. */
    private boolean claim(String name) {
        Integer done = jdbc.queryForObject("select count(*) from example_seed where name = ?", Integer.class, name);
        if (done != null && done > 0) {
            return false;
        }
        // the primary key makes a second instance seeding at the same time fail and roll back
        jdbc.update("insert into example_seed (name, seeded_at) values (?, ?)", name,
                java.sql.Timestamp.from(clock.instant()));
        return true;
    }

    private void seedSeminar() {
        CourseView course = programme();
        List<UUID> teachers = new ArrayList<>();
        for (RegisterTrainee teacher : TajikTeachers.applicants()) {
            teachers.add(courses.trainees().register(teacher).id());
        }
        List<UUID> koreans = new ArrayList<>();
        for (RegisterTrainee trainee : koreanTrainees()) {
            koreans.add(courses.trainees().register(trainee).id());
        }
        deliveredCohort(course, teachers);
        openCohort(course, teachers, koreans);
    }

    private CourseView programme() {
        CourseView draft = courses.catalogue().createCourse(new CreateCourse(COURSE_CODE,
                LocalizedText.builder()
                        .put(ENGLISH, "Digitalization of Education")
                        .put(KOREAN, "교육의 디지털화")
                        .put(TAJIK, "Рақамисозии маориф")
                        .put(RUSSIAN, "Цифровизация образования")
                        .build(),
                LocalizedText.builder()
                        .put(ENGLISH, "A two-week seminar for school teachers on planning, teaching and assessing"
                                + " with digital tools, ending with a digital lesson plan for their own class.")
                        .put(RUSSIAN, "Двухнедельный семинар для школьных учителей о планировании, преподавании"
                                + " и оценивании с цифровыми инструментами; итог — цифровой план урока"
                                + " для своего класса.")
                        .put(KOREAN, "학교 교사를 위한 2주 세미나: 디지털 도구로 수업을 계획하고 가르치고 평가하며,"
                                + " 자신의 학급을 위한 디지털 수업 계획으로 마무리합니다.")
                        .build(),
                List.of(LocalizedText.of(ENGLISH, "Plan lessons that use digital tools for a clear purpose"),
                        LocalizedText.of(ENGLISH, "Design online assessments and act on their results"),
                        LocalizedText.of(ENGLISH, "Run a class in a learning management system")),
                new BigDecimal("60")));
        module(draft, "M1", "Digital pedagogy foundations", "Основы цифровой педагогики", "디지털 교수법 기초");
        module(draft, "M2", "Digital tools for lesson planning", "Цифровые инструменты для планирования уроков",
                "수업 계획을 위한 디지털 도구");
        module(draft, "M3", "Online assessment", "Онлайн-оценивание", "온라인 평가");
        module(draft, "M4", "Learning management systems", "Системы управления обучением", "학습 관리 시스템");
        module(draft, "M5", "Digital citizenship and safety", "Цифровое гражданство и безопасность",
                "디지털 시민의식과 안전");
        module(draft, "M6", "Capstone: a digital lesson plan", "Итоговый проект: цифровой план урока",
                "종합 과제: 디지털 수업 계획");
        return courses.catalogue().publish(draft.id());
    }

    private void module(CourseView course, String code, String english, String russian, String korean) {
        courses.catalogue().addModule(new AddModule(course.id(), code,
                LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).put(KOREAN, korean).build(),
                null, new BigDecimal("10"), true));
    }

    private CohortView cohort(CourseView course, String code, LocalDate from, LocalDate to) {
        CohortView draft = courses.cohorts().schedule(new ScheduleCohort(course.id(), code, null, from, to,
                SEOUL.getId(), DeliveryMode.IN_PERSON,
                new Venue("Sejong Education Training Institute", null, "Sejong", "KR"), null, "ru", 30, null,
                List.of(new Facilitator("김민준", null, "Lead facilitator"),
                        new Facilitator("이서연", null, "Facilitator, online assessment"),
                        new Facilitator("박지훈", null, "Korean–Russian interpreter")),
                List.of(new Partner("Sejong Metropolitan Office of Education", PartnerRole.HOST),
                        new Partner("Ministry of Education and Science of the Republic of Tajikistan",
                                PartnerRole.ORGANISER))));
        return courses.cohorts().openEnrolment(draft.id());
    }

    /** Weekdays from one date to another, one three-hour session at 09:00 and, if asked, one at 13:30. */
    private List<SessionView> sessions(UUID cohortId, CourseView course, LocalDate from, LocalDate to,
            boolean afternoons, String room) {
        List<SessionView> sessions = new ArrayList<>();
        List<ModuleView> modules = course.modules();
        List<LocalTime> starts = afternoons ? List.of(LocalTime.of(9, 0), LocalTime.of(13, 30))
                : List.of(LocalTime.of(9, 0));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (LocalTime start : starts) {
                ModuleView module = modules.get(Math.min(sessions.size() * modules.size() / 20, modules.size() - 1));
                ZonedDateTime begin = ZonedDateTime.of(day, start, SEOUL);
                sessions.add(courses.timetable().schedule(new ScheduleSession(cohortId, module.id(), null,
                        begin.toInstant(), begin.plusHours(3).toInstant(), room, null, null)));
            }
        }
        return sessions;
    }

    private void deliveredCohort(CourseView course, List<UUID> teachers) {
        LocalDate from = LocalDate.of(2025, 8, 4);
        LocalDate to = LocalDate.of(2025, 8, 15);
        CohortView cohort = cohort(course, DELIVERED_COHORT, from, to);
        courses.enrolments().enrolAll(new EnrolMany(cohort.id(), teachers)); // 30 enrolled, 2 waitlisted
        List<SessionView> sessions = sessions(cohort.id(), course, from, to, true, "Hall 2");
        courses.cohorts().start(cohort.id());
        courses.completion().setRules(new SetCompletionRules(cohort.id(), new BigDecimal("80"),
                ExcusedAbsences.NOT_COUNTED, List.of(course.modules().get(0).id()), List.of(), true));
        List<AttendanceSheetLine> sheet = courses.attendance().sheet(sessions.get(0).id());
        for (int s = 0; s < sessions.size(); s++) {
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < sheet.size(); i++) {
                UUID trainee = sheet.get(i).traineeId();
                if (i == 0 && s % 3 == 0 || i == 5 && s % 2 == 0) {
                    marks.add(Mark.absent(trainee));
                } else if (i == 1 && s == 4) {
                    marks.add(Mark.excused(trainee, "Called to the embassy"));
                } else if (i == 2 && s % 5 == 1) {
                    marks.add(Mark.late(trainee, 20));
                } else {
                    marks.add(Mark.present(trainee));
                }
            }
            courses.attendance().recordSession(new RecordSessionAttendance(sessions.get(s).id(), marks, null));
        }
        courses.completion().evaluate(cohort.id()); // completed or failed, certificates for those who completed
        courses.cohorts().complete(cohort.id());
    }

    private void openCohort(CourseView course, List<UUID> teachers, List<UUID> koreans) {
        LocalDate today = clock.instant().atZone(SEOUL).toLocalDate();
        LocalDate from = today.minusDays(3);
        LocalDate to = today.plusDays(10);
        CohortView cohort = cohort(course, OPEN_COHORT, from, to);
        List<UUID> applicants = new ArrayList<>(koreans.subList(0, 2));
        applicants.addAll(teachers.subList(0, 26)); // 28 of 30 seats
        courses.enrolments().enrolAll(new EnrolMany(cohort.id(), applicants));
        sessions(cohort.id(), course, from, to, false, "Hall 3");
    }

    /** Korean trainees who join the seminar, with Hangul names and their romanization. */
    static List<RegisterTrainee> koreanTrainees() {
        return List.of(
                korean("김지우", "Kim Jiwoo", "kim.jiwoo", "Sejong Jeil Middle School", "Informatics"),
                korean("최수아", "Choi Sua", "choi.sua", "Areum High School, Sejong", "Mathematics"),
                korean("정하은", "Jeong Haeun", "jeong.haeun", "Dodam Elementary School, Sejong", "Primary education"),
                korean("윤도현", "Yoon Dohyeon", "yoon.dohyeon", "Saerom High School, Sejong", "Physics"));
    }

    private static RegisterTrainee korean(String name, String latin, String mailbox, String school, String subject) {
        return new RegisterTrainee(name, latin, mailbox + "@school.example.kr", "KR", "Sejong", school,
                List.of(subject), List.of("ko", "en"), null, SEOUL.getId());
    }
}
