package org.ustoz.examples.console;

import static java.util.Locale.ENGLISH;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.ustoz.assessments.Assessments;
import org.ustoz.core.CallerContext;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.Courses;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.AddPrerequisite;
import org.ustoz.courses.catalogue.CatalogueService;
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
import org.ustoz.courses.enrolment.BulkEnrolmentReport;
import org.ustoz.courses.enrolment.BulkOutcome;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.RosterEntry;
import org.ustoz.courses.enrolment.RosterQuery;
import org.ustoz.courses.enrolment.RosterSummary;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.enrolment.Withdrawal;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeView;

/**
 * A console walk-through of the courses module, the way a host LMS would use it: a two-week
 * "Digitalization of Education" seminar in Sejong, Korea, for 32 school teachers from Tajikistan.
 *
 * <p>It shows, in order:
 * <ol>
 * <li>building a course in the catalogue: a title in four languages (English, Korean, Tajik,
 *     Russian), learning outcomes, six modules and their prerequisites, the refusal of a
 *     prerequisite cycle, and publishing;</li>
 * <li>scheduling an in-person cohort with its venue, time zone, language of instruction,
 *     facilitators and partner organisations, and opening it for enrolment;</li>
 * <li>registering teachers whose names are written in Tajik Cyrillic, most with a Latin form;</li>
 * <li>enrolling all of them in one call: 30 seats, the last two applicants go to the waitlist;</li>
 * <li>reading a page of the roster;</li>
 * <li>a withdrawal, whose freed seat goes to the first teacher on the waitlist;</li>
 * <li>searching names across scripts: Latin input finds Cyrillic names, even a name registered
 *     without a Latin form;</li>
 * <li>an error with a stable code and a message in English, Russian and Tajik.</li>
 * </ol>
 *
 * <p>Everything runs on an in-memory H2 database that Ustoz migrates at start-up, with a fixed clock
 * so that the output is the same on every run. Run it with
 * {@code ./mvnw -B -q -pl examples -am test-compile exec:java} from the project root, in a
 * terminal that shows UTF-8. Only public API is used: {@link Ustoz} and {@link Courses} with their
 * command and view records.
 */
public final class SejongSeminarDemo {

    private static final String DATABASE_URL = "jdbc:h2:mem:ustoz-demo;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2025-07-20T00:00:00Z");

    private static final Locale KOREAN = Locale.forLanguageTag("ko");
    private static final Locale TAJIK = Locale.forLanguageTag("tg");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final List<Locale> TITLE_LANGUAGES = List.of(ENGLISH, KOREAN, TAJIK, RUSSIAN);
    private static final List<Locale> MESSAGE_LANGUAGES = List.of(ENGLISH, RUSSIAN, TAJIK);

    private static final String COURSE_CODE = "DIGI-EDU";
    private static final String COHORT_CODE = "DIGI-EDU-2025-SEJONG";
    private static final BigDecimal MODULE_HOURS = new BigDecimal("10");
    private static final String WITHDRAWING_TEACHER = "farhod.nazarov@maktab.example";
    private static final List<String> SEARCHES = List.of("Rahmonova", "Jurayev", "Курбонов", "shoh fayz");

    private final PrintStream out;
    private final Courses courses;
    private final Assessments assessments;

    private final DemoClock clock;

    private SejongSeminarDemo(PrintStream out, Courses courses, Assessments assessments, DemoClock clock) {
        this.out = out;
        this.courses = courses;
        this.assessments = assessments;
        this.clock = clock;
    }

    public static void main(String[] args) {
        // route Hibernate's start-up logging through SLF4J (quiet in simplelogger.properties)
        System.setProperty("org.jboss.logging.provider", "slf4j");
        run(System.out);
    }

    /** Runs the whole demo on a fresh in-memory database, printing to {@code out}. */
    public static void run(PrintStream out) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(DATABASE_URL);
        // Give Ustoz a connection pool, as in production (HikariCP, or here H2's own).
        JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
        DemoClock clock = new DemoClock(NOW); // the demo moves time forward through the seminar
        try (Ustoz ustoz = Ustoz.builder()
                .dataSource(pool)
                .clock(clock)
                .callerContext(CallerContext.of("sejong-office", "coordinator", ENGLISH))
                .build()) {
            new SejongSeminarDemo(out, Courses.of(ustoz), Assessments.of(ustoz), clock).runSteps();
        } finally {
            pool.dispose();
            dropDatabase(h2);
        }
    }

    private void runSteps() {
        out.println("Ustoz console demo: a teacher-training seminar in Sejong for teachers from Tajikistan");
        out.println("(tenant sejong-office, caller locale en, clock fixed at " + NOW + ")");

        CourseView course = buildProgramme();
        CohortView cohort = scheduleCohort(course);
        Map<UUID, TraineeView> teachers = registerTeachers();
        enrolEveryone(cohort, teachers);
        printEnrolledRoster(cohort, teachers);
        withdrawOneTeacher(cohort, teachers);
        searchAcrossScripts();
        showLocalizedError(cohort);
        new SeminarDelivery(out, courses, assessments, clock).run(cohort.id(), course);
    }

    // ---------------------------------------------------------------- 1. the programme

    private CourseView buildProgramme() {
        heading("1. Programme " + COURSE_CODE);
        CatalogueService catalogue = courses.catalogue();
        CourseView draft = catalogue.createCourse(new CreateCourse(COURSE_CODE,
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
                        .build(),
                List.of(
                        LocalizedText.of(ENGLISH, "Plan lessons that use digital tools for a clear purpose"),
                        LocalizedText.of(ENGLISH, "Design online assessments and act on their results"),
                        LocalizedText.of(ENGLISH, "Run a class in a learning management system"),
                        LocalizedText.of(ENGLISH, "Teach pupils to use the internet safely and responsibly")),
                new BigDecimal("60")));

        Map<String, UUID> modules = new LinkedHashMap<>();
        addModule(draft, modules, "M1", "Digital pedagogy foundations", "Основы цифровой педагогики", true);
        addModule(draft, modules, "M2", "Digital tools for lesson planning",
                "Цифровые инструменты для планирования уроков", true);
        addModule(draft, modules, "M3", "Online assessment", "Онлайн-оценивание", true);
        addModule(draft, modules, "M4", "Learning management systems", "Системы управления обучением", true);
        addModule(draft, modules, "M5", "Digital citizenship and safety", "Цифровое гражданство и безопасность",
                false);
        addModule(draft, modules, "M6", "Capstone: a digital lesson plan", "Итоговый проект: цифровой план урока",
                true);

        addPrerequisite(modules, "M3", "M1");
        addPrerequisite(modules, "M6", "M2");
        printCourse(addPrerequisite(modules, "M6", "M3"));

        // Modules and prerequisites change only while the course is a draft, so try the cycle now.
        showPrerequisiteCycleRefused(modules);

        CourseView course = catalogue.publish(draft.id());
        out.println();
        fact("Published", course.code() + " is " + course.status() + " since " + course.publishedAt());
        return course;
    }

    private void addModule(CourseView course, Map<String, UUID> modules, String code, String english,
            String russian, boolean required) {
        LocalizedText title = LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).build();
        ModuleView module = courses.catalogue()
                .addModule(new AddModule(course.id(), code, title, null, MODULE_HOURS, required));
        modules.put(code, module.id());
    }

    private CourseView addPrerequisite(Map<String, UUID> modules, String module, String prerequisite) {
        return courses.catalogue()
                .addPrerequisite(new AddPrerequisite(modules.get(module), modules.get(prerequisite)));
    }

    /** The catalogue refuses a prerequisite that would close a loop: M1 → M6 → M3 → M1. */
    private void showPrerequisiteCycleRefused(Map<String, UUID> modules) {
        out.println();
        out.println("  Trying to make M1 require M6 (M6 already needs M3, which needs M1):");
        try {
            addPrerequisite(modules, "M1", "M6");
            throw new IllegalStateException("the catalogue accepted a prerequisite cycle");
        } catch (UstozException refused) {
            fact("Refused", refused.code());
            fact("Message", refused.getMessage(ENGLISH));
        }
    }

    private void printCourse(CourseView course) {
        fact("Code", course.code());
        for (Locale language : TITLE_LANGUAGES) {
            fact("Title (" + language.toLanguageTag() + ")", course.title().get(language));
        }
        fact("Total hours", hours(course.totalHours()));
        fact("Status", course.status());
        for (int i = 0; i < course.learningOutcomes().size(); i++) {
            fact(i == 0 ? "Outcomes" : "", (i + 1) + ". " + course.learningOutcomes().get(i).get(ENGLISH));
        }
        out.println();
        TextTable table = new TextTable("#", "Code", "Module (en)", "Module (ru)", "Hours", "Required", "Requires")
                .alignRight(0, 4);
        for (ModuleView m : course.modules()) {
            table.row(m.position(), m.code(), m.title().get(ENGLISH), m.title().get(RUSSIAN), hours(m.hours()),
                    m.required() ? "yes" : "optional",
                    m.prerequisiteCodes().isEmpty() ? null : String.join(", ", m.prerequisiteCodes()));
        }
        table.print(out);
    }

    // ---------------------------------------------------------------- 2. the cohort

    private CohortView scheduleCohort(CourseView course) {
        heading("2. Cohort " + COHORT_CODE);
        CohortView draft = courses.cohorts().schedule(new ScheduleCohort(
                course.id(),
                COHORT_CODE,
                null, // no title of its own: the course's title is used
                LocalDate.of(2025, 8, 4),
                LocalDate.of(2025, 8, 15),
                "Asia/Seoul",
                DeliveryMode.IN_PERSON,
                new Venue("Sejong Education Training Institute", null, "Sejong", "KR"),
                null,
                "ru", // taught in Korean with Russian interpretation
                30,
                null, // no limit on the waitlist
                List.of(new Facilitator("김민준", null, "Lead facilitator"),
                        new Facilitator("이서연", null, "Facilitator, online assessment"),
                        new Facilitator("박지훈", null, "Korean–Russian interpreter")),
                List.of(new Partner("Sejong Metropolitan Office of Education", PartnerRole.HOST),
                        new Partner("Hangang Digital Learning Foundation", PartnerRole.SPONSOR),
                        new Partner("Ministry of Education and Science of the Republic of Tajikistan",
                                PartnerRole.ORGANISER))));
        CohortView cohort = courses.cohorts().openEnrolment(draft.id());
        printCohort(cohort);
        return cohort;
    }

    private void printCohort(CohortView cohort) {
        fact("Course", cohort.courseCode() + " — " + cohort.title().get(ENGLISH));
        fact("Dates", cohort.startDate() + " to " + cohort.endDate() + " (" + cohort.timeZone() + ")");
        fact("Delivery", cohort.deliveryMode() + " at " + cohort.venue().name() + ", " + cohort.venue().city()
                + ", " + cohort.venue().country());
        fact("Language", cohort.language().toLanguageTag() + " (" + cohort.language().getDisplayLanguage(ENGLISH)
                + ")");
        fact("Seats", cohort.capacity() + ", waitlist " + waitlistLimit(cohort.waitlistCapacity()));
        fact("Status", cohort.status() + " since " + cohort.statusChangedAt());
        out.println();
        TextTable facilitators = new TextTable("Facilitator", "Role");
        cohort.facilitators().forEach(f -> facilitators.row(f.name(), f.role()));
        facilitators.print(out);
        out.println();
        TextTable partners = new TextTable("Partner", "Role");
        cohort.partners().forEach(p -> partners.row(p.name(), p.role()));
        partners.print(out);
    }

    // ---------------------------------------------------------------- 3. the teachers

    private Map<UUID, TraineeView> registerTeachers() {
        heading("3. Teachers from Tajikistan");
        Map<UUID, TraineeView> teachers = new LinkedHashMap<>();
        for (RegisterTrainee application : TajikTeachers.applicants()) {
            TraineeView teacher = courses.trainees().register(application);
            teachers.put(teacher.id(), teacher);
        }
        out.println("  Registered " + teachers.size() + " teachers (country TJ, working languages tg and ru).");
        out.println();
        Map<String, Long> byRegion = teachers.values().stream()
                .collect(Collectors.groupingBy(TraineeView::region, LinkedHashMap::new, Collectors.counting()));
        TextTable table = new TextTable("Region", "Teachers").alignRight(1);
        byRegion.forEach(table::row);
        table.print(out);
        out.println();
        teachers.values().stream().filter(t -> t.latinName() == null).forEach(t -> out.println(
                "  Registered without a Latin form of the name: " + t.fullName() + " <" + t.email() + ">"));
        return teachers;
    }

    // ---------------------------------------------------------------- 4. bulk enrolment

    private void enrolEveryone(CohortView cohort, Map<UUID, TraineeView> teachers) {
        heading("4. Enrolling all " + teachers.size() + " teachers in one call");
        BulkEnrolmentReport report = courses.enrolments()
                .enrolAll(new EnrolMany(cohort.id(), List.copyOf(teachers.keySet())));
        TextTable outcomes = new TextTable("Outcome", "Teachers").alignRight(1);
        for (BulkOutcome outcome : BulkOutcome.values()) {
            outcomes.row(outcome, report.count(outcome));
        }
        outcomes.print(out);
        printRosterSummary(cohort);
        printWaitlist(cohort);
    }

    private void printRosterSummary(CohortView cohort) {
        RosterSummary summary = courses.enrolments().summary(cohort.id());
        subheading("Roster summary of " + summary.cohortCode());
        fact("Capacity", summary.capacity());
        fact("Waitlist limit", waitlistLimit(summary.waitlistCapacity()));
        fact("Enrolled", summary.enrolled());
        fact("Waitlisted", summary.waitlisted());
        fact("Withdrawn", summary.withdrawn());
        fact("Seats left", summary.seatsLeft());
    }

    private void printWaitlist(CohortView cohort) {
        Page<RosterEntry> waitlist = courses.enrolments().roster(
                new RosterQuery(cohort.id(), EnumSet.of(EnrolmentStatus.WAITLISTED), PageRequest.first(10)));
        subheading("Waitlist (" + waitlist.totalItems() + ")");
        TextTable table = new TextTable("Position", "Name", "Latin name", "Email").alignRight(0);
        waitlist.items().forEach(e -> table.row(e.waitlistPosition(), e.fullName(), e.latinName(), e.email()));
        table.print(out);
    }

    // ---------------------------------------------------------------- 5. the roster

    private void printEnrolledRoster(CohortView cohort, Map<UUID, TraineeView> teachers) {
        Page<RosterEntry> page = courses.enrolments().roster(
                new RosterQuery(cohort.id(), EnumSet.of(EnrolmentStatus.ENROLLED), PageRequest.first(10)));
        heading("5. Enrolled roster, first " + page.items().size() + " of " + page.totalItems());
        TextTable table = new TextTable("#", "Name", "Latin name", "Region / school", "Status").alignRight(0);
        int line = 1;
        for (RosterEntry entry : page.items()) {
            String region = teachers.get(entry.traineeId()).region(); // the roster line has no region
            table.row(line++, entry.fullName(), entry.latinName(), region + " / " + entry.school(), entry.status());
        }
        table.print(out);
    }

    // ---------------------------------------------------------------- 6. withdrawal

    private void withdrawOneTeacher(CohortView cohort, Map<UUID, TraineeView> teachers) {
        heading("6. Withdrawal and Waitlist promotion");
        TraineeView leaving = courses.trainees().getByEmail(WITHDRAWING_TEACHER);
        EnrolmentView enrolment = courses.enrolments().find(cohort.id(), leaving.id());
        Withdrawal withdrawal = courses.enrolments().withdraw(new Withdraw(enrolment.id(), "Family emergency"));

        EnrolmentView withdrawn = withdrawal.withdrawn();
        fact("Withdrawn", displayName(leaving) + ": " + withdrawn.status() + " at " + withdrawn.withdrawnAt());
        fact("Reason", withdrawn.reason());
        withdrawal.promotedFromWaitlist().ifPresentOrElse(
                promoted -> fact("Promoted", displayName(teachers.get(promoted.traineeId())) + ": "
                        + promoted.status() + " at " + promoted.enrolledAt()),
                () -> fact("Promoted", "nobody, the waitlist was empty"));
        printRosterSummary(cohort);
        printWaitlist(cohort);
    }

    // ---------------------------------------------------------------- 7. search

    private void searchAcrossScripts() {
        heading("7. Cross-script search");
        out.println("  Names are compared in a script-neutral form: Latin finds Tajik Cyrillic, Russian");
        out.println("  spellings find Tajik ones, and every word of the query may be the start of a name.");
        out.println();
        TextTable table = new TextTable("Query", "Found", "Latin name", "Email");
        for (String query : SEARCHES) {
            Page<TraineeView> found = courses.trainees().search(TraineeSearch.of(query));
            if (found.items().isEmpty()) {
                table.row(query, "(nobody)", null, null);
            }
            String label = query;
            for (TraineeView teacher : found.items()) {
                table.row(label, teacher.fullName(), teacher.latinName(), teacher.email());
                label = "";
            }
        }
        table.print(out);
    }

    // ---------------------------------------------------------------- 8. a localized error

    private void showLocalizedError(CohortView cohort) {
        heading("8. A localized error");
        TraineeView zarina = courses.trainees().getByEmail("zarina.rahmonova@maktab.example");
        out.println("  Enrolling " + displayName(zarina) + " a second time:");
        try {
            courses.enrolments().enrol(new Enrol(cohort.id(), zarina.id()));
            throw new IllegalStateException("a teacher was enrolled twice");
        } catch (UstozException refused) {
            fact("Code", refused.code());
            fact("Kind", refused.kind());
            for (Locale language : MESSAGE_LANGUAGES) {
                fact("Message (" + language.toLanguageTag() + ")", refused.getMessage(language));
            }
        }
    }

    // ---------------------------------------------------------------- output helpers

    private void heading(String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(title.length()));
    }

    private void subheading(String title) {
        out.println();
        out.println("  " + title);
        out.println("  " + "-".repeat(title.length()));
    }

    private void fact(String label, Object value) {
        out.printf("  %-15s %s%n", label, value);
    }

    private static String displayName(TraineeView teacher) {
        return teacher.latinName() == null ? teacher.fullName()
                : teacher.fullName() + " (" + teacher.latinName() + ")";
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static String waitlistLimit(Integer limit) {
        return limit == null ? "unlimited" : limit.toString();
    }

    /**
     * The in-memory database outlives Ustoz ({@code DB_CLOSE_DELAY=-1}); shutting it down makes every
     * run start from an empty database, even twice in one JVM.
     */
    private static void dropDatabase(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down the demo database", e);
        }
    }
}
