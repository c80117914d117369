package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.CreateAssessment;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.assessment.ItemSpec;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.exchange.ImportOptions;
import org.ustoz.assessments.gradebook.AddGradeCategory;
import org.ustoz.assessments.gradebook.AddGradeItem;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.ConfigureGradebook;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.OverrideGrade;
import org.ustoz.assessments.gradebook.RecordGrade;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.grading.CreateRubric;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.ReviseRubric;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.CreateCategory;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.assessments.question.ReviseQuestion;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.core.testing.TestUstoz;
import org.ustoz.courses.Courses;
import org.ustoz.courses.attendance.AttendanceStatus;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordAttendance;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.RevokeCertificate;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.PartnerRole;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.completion.CriterionSetting;
import org.ustoz.courses.completion.ExcusedAbsences;
import org.ustoz.courses.completion.SetCompletionRules;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.timetable.RescheduleSession;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.timetable.TraineeTimetableQuery;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeView;
import org.ustoz.courses.trainee.UpdateTraineeProfile;

/**
 * Hostile text thrown at every text a caller can pass: every {@code String}, {@code LocalizedText} and
 * collection or map of strings in every command record the services take (found by reflection over the
 * services of {@link Courses} and {@link Assessments}, so that a new command without a case here fails
 * this test), and every {@code String} parameter of a service method. For each input and field, the
 * only acceptable outcomes are an {@link UstozException} (a validation failure naming that field, or a
 * domain refusal) whose messages and causes carry neither the input nor SQL, or an exact round trip:
 * the value read back through the service's views equals the input.
 */
class HostileInputTest extends AssessmentsTest {

    record Hostile(String name, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Hostile> CORPUS = List.of(
            new Hostile("NUL", "Zarina\u0000Rahmonova"),
            new Hostile("lone high surrogate", "a\uD800b"),
            new Hostile("lone low surrogate", "a\uDC00b"),
            new Hostile("RTL override", "\u202Efdp.exe\u202C"),
            new Hostile("combining marks", "Za\u0301ri\u0308na\u0327 \u0415\u0308"),
            new Hostile("4-byte emoji", "🎓 Zarina 👩🏽‍🏫"),
            new Hostile("1 MB", "x".repeat(1 << 20)),
            new Hostile("SQL", "'); DROP TABLE ustoz_trainee;--"),
            new Hostile("HTML", "<script>alert(1)</script>"),
            new Hostile("whitespace only", "   "),
            new Hostile("long Cyrillic", "Ўқитувчи ".repeat(2_000)),
            new Hostile("long Hangul", "선생님".repeat(30_000)));

    private static final Pattern SQL = Pattern.compile(
            "(?i)(insert\\s+into|select\\s+.*\\s+from|update\\s+\\w+\\s+set|delete\\s+from|drop\\s+table|values\\s*\\()");

    /**
     * Escapes that need a change inside a service implementation ({@code internal} packages), by the
     * start of the place they are reported at; each is printed, not failed, until it is fixed there.
     */
    static final Map<String, String> KNOWN_INTERNAL_GAPS = Map.of();

    /** How to make a valid command afresh, run it, and read back what it stored. */
    record Case(String name, Supplier<Object> base, Function<Object, Object> call,
            BiFunction<Object, Object, Object> readBack, Set<String> notShown) {

        Case(String name, Supplier<Object> base, Function<Object, Object> call,
                BiFunction<Object, Object, Object> readBack) {
            this(name, base, call, readBack, Set.of());
        }
    }

    /** A text inside a command: its path, and how to put a value there (in a copy of the command). */
    record Slot(String path, BiFunction<Object, String, Object> put) {
    }

    int n;
    final List<String> dataRejected = new ArrayList<>();

    int next() {
        return ++serial * 1000 + ++n;
    }

    // ---------------------------------------------------------------------------------------------
    // fixtures, made once

    Cohort open;
    CohortView bigCohort;
    CohortView running;
    List<TraineeView> runningTrainees;
    SessionView runningSession;
    List<UUID> certificateEnrolments;
    CategoryView cat;
    RubricView rubric;
    QuestionView essayQ;
    QuestionView shortQ;
    AttemptView inProgress;
    AttemptView submitted;
    CategoryColumn gradeCategory;
    GradeColumn rubricItem;

    void fixtures() {
        t.clock().set(TestUstoz.START);
        open = cohort(3);
        bigCohort = openCohort(10_000);
        // a running cohort with one session, for attendance and certificates
        running = openCohort(100);
        runningTrainees = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            TraineeView tr = register();
            courses.enrolments().enrol(new Enrol(running.id(), tr.id()));
            runningTrainees.add(tr);
        }
        runningSession = courses.timetable().schedule(new ScheduleSession(running.id(), null, null,
                seoul(4, 9, 0), seoul(4, 11, 0), "Room R", null, null));
        courses.cohorts().start(running.id());
        t.clock().set(seoul(4, 9, 5));
        courses.attendance().recordSession(new RecordSessionAttendance(runningSession.id(),
                runningTrainees.subList(2, 20).stream().map(tr -> Mark.present(tr.id())).toList(), null));
        courses.completion().setRules(new SetCompletionRules(running.id(), new BigDecimal("80"),
                ExcusedAbsences.NOT_COUNTED, List.of(), List.of(), false));
        t.clock().set(seoul(5, 0, 0));
        courses.completion().evaluate(running.id());
        certificateEnrolments = new ArrayList<>(runningTrainees.subList(2, 20).stream()
                .map(tr -> courses.enrolments().find(running.id(), tr.id()).id()).toList());

        cat = category("HOST");
        rubric = assessments.grading().createRubric(rubricCommand());
        essayQ = essay(cat, rubric.id());
        shortQ = shortAnswer(cat, "Name a digital tool", "Padlet");
        t.clock().set(TestUstoz.START);
        AssessmentView a = assessments.assessments().create(new CreateAssessment(open.id(), null, "HOSTILE",
                text("Hostile"), AssessmentKind.values()[0], seoul(5, 9, 0), seoul(8, 18, 0), null, null, null,
                GradingMethod.HIGHEST, new BigDecimal("60"), false, false,
                List.of(ItemSpec.of(essayQ.id()), ItemSpec.of(shortQ.id()))));
        t.clock().set(seoul(6, 10, 0));
        inProgress = assessments.attempts().start(new StartAttempt(a.id(), open.trainees().get(0).id()));
        AttemptView other = assessments.attempts().start(new StartAttempt(a.id(), open.trainees().get(1).id()));
        submitted = assessments.attempts().submit(new SaveResponses(other.id(), List.of(
                new AnswerLine(essayQ.id(), Response.text("An essay")), new AnswerLine(shortQ.id(), Response.text("Padlet")))));
        gradeCategory = assessments.gradebook().addCategory(new AddGradeCategory(open.id(), "hostile", text("Tasks"),
                new BigDecimal("50"), Aggregation.values()[0], 0));
        rubricItem = assessments.gradebook().addItem(new AddGradeItem(gradeCategory.categoryId(), "rubric-item",
                text("Lesson plan"), null, new BigDecimal("10"), BigDecimal.ONE, rubric.id()));
    }

    CohortView openCohort(int capacity) {
        int k = next();
        CohortView c = courses.cohorts().schedule(new ScheduleCohort(open.course().id(), "HK" + k, text("Cohort"),
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 15), "Asia/Seoul", DeliveryMode.IN_PERSON,
                new Venue("Institute", "Street 1", "Sejong", "KR"), null, "ru", capacity, null,
                List.of(new Facilitator("Facilitator " + k, "hf" + k + "@example.kr", "lead")), List.of()));
        return courses.cohorts().openEnrolment(c.id());
    }

    RegisterTrainee registerTrainee() {
        int k = next();
        return new RegisterTrainee("Зарина Раҳмонова " + k, "Zarina Rahmonova", "h" + k + "@example.tj", "TJ", "Sughd",
                "School 5", List.of("Informatics"), List.of("tg"), "ext-" + k, "Asia/Dushanbe");
    }

    TraineeView register() {
        return courses.trainees().register(registerTrainee());
    }

    static CreateRubric rubricCommand() {
        return new CreateRubric(text("Lesson plan"), List.of(new RubricCriterion("goals", text("Goals"),
                List.of(RubricLevel.of("weak", text("Weak"), "0"), RubricLevel.of("strong", text("Strong"), "4")))));
    }

    static QuestionContent choiceContent() {
        return new QuestionContent(text("Which tool?"), List.of(
                new Choice("a", text("Padlet"), BigDecimal.ONE, null, text("Yes")),
                new Choice("b", text("Chalk"), BigDecimal.ZERO, null, text("No"))), List.of(), Map.of(),
                text("Digital tools help."));
    }

    static QuestionContent answerContent() {
        return new QuestionContent(text("Name a tool"), List.of(),
                List.of(new AcceptedAnswer("Padlet", BigDecimal.ONE, null, text("Right"))), Map.of(),
                text("General"));
    }

    int sessionSlot;

    /** A free 20-minute slot in the running cohort's dates, different on every call. */
    java.time.Instant freeSlot() {
        int k = sessionSlot++;
        return seoul(6 + k / 60, 0, 0).plus(Duration.ofMinutes(20L * (k % 60)));
    }

    SessionView session(CohortView cohort) {
        java.time.Instant at = freeSlot();
        return courses.timetable().schedule(new ScheduleSession(cohort.id(), null, text("Session"), at,
                at.plusSeconds(600), "Room 1", null, null));
    }

    /** Every case, by the command's class name or by {@code Service.method} for a String parameter. */
    Map<String, List<Case>> cases() {
        Map<String, List<Case>> m = new LinkedHashMap<>();
        // ---- courses
        add(m, RegisterTrainee.class, new Case("register", this::registerTrainee,
                c -> courses.trainees().register((RegisterTrainee) c),
                (c, r) -> courses.trainees().get(((TraineeView) r).id())));
        add(m, UpdateTraineeProfile.class, new Case("updateProfile", () -> {
            TraineeView tr = register();
            int k = next();
            return new UpdateTraineeProfile(tr.id(), tr.version(), "Зарина " + k, "Zarina", "u" + k + "@example.tj",
                    "TJ", "Sughd", "School 6", List.of("Maths"), List.of("ru"), "Asia/Tashkent");
        }, c -> courses.trainees().updateProfile((UpdateTraineeProfile) c),
                (c, r) -> courses.trainees().get(((TraineeView) r).id())));
        add(m, TraineeSearch.class, new Case("search", () -> TraineeSearch.of("Zarina"),
                c -> courses.trainees().search((TraineeSearch) c), null));
        add(m, TraineeTimetableQuery.class, new Case("traineeTimetable",
                () -> new TraineeTimetableQuery(open.trainees().get(0).id(), null, null, "Asia/Seoul"),
                c -> courses.timetable().traineeTimetable((TraineeTimetableQuery) c), null));
        add(m, CreateCourse.class, new Case("createCourse", () -> new CreateCourse("HC" + next(), text("Course"),
                text("About"), List.of(text("Outcome")), new BigDecimal("10")),
                c -> courses.catalogue().createCourse((CreateCourse) c),
                (c, r) -> courses.catalogue().get(((CourseView) r).id())));
        add(m, AddModule.class, new Case("addModule", () -> {
            CourseView course = courses.catalogue().createCourse(new CreateCourse("HM" + next(), text("Course"), null,
                    List.of(), new BigDecimal("10")));
            return new AddModule(course.id(), "M1", text("Module"), text("About"), BigDecimal.ONE, true);
        }, c -> courses.catalogue().addModule((AddModule) c),
                (c, r) -> courses.catalogue().get(((AddModule) c).courseId())));
        add(m, ScheduleCohort.class, new Case("scheduleCohort", () -> {
            int k = next();
            return new ScheduleCohort(open.course().id(), "HS" + k, text("Cohort"), LocalDate.of(2025, 8, 4),
                    LocalDate.of(2025, 8, 15), "Asia/Seoul", DeliveryMode.BLENDED,
                    new Venue("Institute", "Street 1", "Sejong", "KR"), "https://meet.example.org/x", "ru", 10, null,
                    List.of(new Facilitator("Facilitator", "sf" + k + "@example.kr", "lead")),
                    List.of(new Partner("Office of Education", PartnerRole.HOST)));
        }, c -> courses.cohorts().schedule((ScheduleCohort) c),
                (c, r) -> courses.cohorts().get(((CohortView) r).id())));
        add(m, ScheduleSession.class, new Case("scheduleSession", () -> {
            java.time.Instant at = freeSlot();
            return new ScheduleSession(bigCohort.id(), null, text("Session"), at, at.plusSeconds(600), "Room 1",
                    "https://meet.example.org/s", List.of(new Facilitator("Facilitator", "ss@example.kr", "co")));
        }, c -> courses.timetable().schedule((ScheduleSession) c),
                (c, r) -> courses.timetable().get(((SessionView) r).id())));
        add(m, RescheduleSession.class, new Case("rescheduleSession", () -> {
            SessionView s = session(bigCohort);
            java.time.Instant at = freeSlot();
            return new RescheduleSession(s.id(), at, at.plusSeconds(600), "Room 2", "https://meet.example.org/r",
                    List.of(new Facilitator("Facilitator", "rs@example.kr", "co")));
        }, c -> courses.timetable().reschedule((RescheduleSession) c),
                (c, r) -> courses.timetable().get(((SessionView) r).id())));
        add(m, SetCompletionRules.class, new Case("setRules", () -> new SetCompletionRules(open.id(),
                new BigDecimal("80"), ExcusedAbsences.NOT_COUNTED, List.of(),
                List.of(CriterionSetting.of("assessments.final-grade-at-least", "percent", "50")), false),
                c -> courses.completion().setRules((SetCompletionRules) c),
                (c, r) -> courses.completion().rules(open.id())));
        add(m, Withdraw.class, new Case("withdraw", () -> {
            EnrolmentView e = courses.enrolments().enrol(new Enrol(bigCohort.id(), register().id()));
            return new Withdraw(e.id(), "Moved to another school");
        }, c -> courses.enrolments().withdraw((Withdraw) c),
                (c, r) -> courses.enrolments().get(((Withdraw) c).enrolmentId())));
        add(m, RecordAttendance.class, new Case("recordAttendance", () -> {
            t.clock().set(seoul(4, 10, 0));
            return new RecordAttendance(runningSession.id(), new Mark(runningTrainees.get(0).id(),
                    AttendanceStatus.EXCUSED, 0, 0, "Sick"), "Corrected by the facilitator");
        }, c -> courses.attendance().record((RecordAttendance) c),
                (c, r) -> List.of(courses.attendance().sheet(runningSession.id()),
                        courses.attendance().corrections(runningSession.id(), runningTrainees.get(0).id()))));
        add(m, RecordSessionAttendance.class, new Case("recordSession", () -> {
            t.clock().set(seoul(4, 10, 0));
            return new RecordSessionAttendance(runningSession.id(), List.of(new Mark(runningTrainees.get(1).id(),
                    AttendanceStatus.EXCUSED, 0, 0, "Sick")), "Corrected by the facilitator");
        }, c -> courses.attendance().recordSession((RecordSessionAttendance) c),
                (c, r) -> List.of(courses.attendance().sheet(runningSession.id()),
                        courses.attendance().corrections(runningSession.id(), runningTrainees.get(1).id()))));
        add(m, RevokeCertificate.class, new Case("revoke", () -> {
            CertificateView cert = courses.certificates().issue(certificateEnrolments.remove(0));
            return new RevokeCertificate(cert.id(), "Issued in error");
        }, c -> courses.certificates().revoke((RevokeCertificate) c),
                (c, r) -> courses.certificates().get(((RevokeCertificate) c).certificateId())));
        // ---- courses: String parameters
        add(m, "TraineeService.getByEmail", stringCase(() -> null, s -> courses.trainees().getByEmail(s), null));
        add(m, "TraineeService.getByExternalId",
                stringCase(() -> null, s -> courses.trainees().getByExternalId(s), null));
        add(m, "CatalogueService.getByCode", stringCase(() -> null, s -> courses.catalogue().getByCode(s), null));
        add(m, "CohortService.getByCode", stringCase(() -> null, s -> courses.cohorts().getByCode(s), null));
        add(m, "CertificateService.verify", stringCase(() -> null, s -> courses.certificates().verify(s), null));
        add(m, "CertificateService.verifyInAnyTenant", stringCase(() -> null,
                s -> courses.certificates().verifyInAnyTenant(s), null));
        add(m, "CohortService.cancel", stringCase(() -> openCohort(5).id(),
                (id, s) -> courses.cohorts().cancel(id, s), id -> courses.cohorts().get(id)));
        add(m, "TimetableService.cancel", stringCase(() -> session(bigCohort).id(),
                (id, s) -> courses.timetable().cancel(id, s), id -> courses.timetable().get(id)));
        add(m, "EnrolmentService.markFailed", stringCase(
                () -> courses.enrolments().enrol(new Enrol(bigCohort.id(), register().id())).id(),
                (id, s) -> courses.enrolments().markFailed(id, s), id -> courses.enrolments().get(id)));
        // ---- assessments
        add(m, CreateCategory.class, new Case("createCategory",
                () -> new CreateCategory("hc" + next(), text("Category"), null),
                c -> assessments.bank().createCategory((CreateCategory) c), (c, r) -> assessments.bank().categories()));
        add(m, AddQuestion.class, new Case("addQuestion (choices)",
                () -> new AddQuestion(cat.id(), "hq" + next(), QuestionTypes.SINGLE_CHOICE, choiceContent(),
                        BigDecimal.ONE, Set.of("tools"), null),
                c -> assessments.bank().addQuestion((AddQuestion) c),
                (c, r) -> assessments.bank().get(((QuestionView) r).id())));
        add(m, AddQuestion.class, new Case("addQuestion (answers)",
                () -> new AddQuestion(cat.id(), null, QuestionTypes.SHORT_ANSWER, answerContent(), BigDecimal.ONE,
                        Set.of("tools"), null),
                c -> assessments.bank().addQuestion((AddQuestion) c),
                (c, r) -> assessments.bank().get(((QuestionView) r).id())));
        add(m, ReviseQuestion.class, new Case("reviseQuestion", () -> new ReviseQuestion(shortQ.id(), answerContent(),
                BigDecimal.ONE), c -> assessments.bank().reviseQuestion((ReviseQuestion) c),
                (c, r) -> assessments.bank().get(((QuestionView) r).id())));
        add(m, CreateRubric.class, new Case("createRubric", HostileInputTest::rubricCommand,
                c -> assessments.grading().createRubric((CreateRubric) c),
                (c, r) -> assessments.grading().rubric(((RubricView) r).id())));
        add(m, ReviseRubric.class, new Case("reviseRubric", () -> {
            RubricView fresh = assessments.grading().createRubric(rubricCommand());
            return new ReviseRubric(fresh.id(), text("Revised"), rubricCommand().criteria());
        }, c -> assessments.grading().reviseRubric((ReviseRubric) c),
                (c, r) -> assessments.grading().rubric(((RubricView) r).id())));
        add(m, CreateAssessment.class, new Case("createAssessment", () -> new CreateAssessment(open.id(), null,
                "HA" + next(), text("Quiz"), AssessmentKind.values()[0], seoul(5, 9, 0), seoul(8, 18, 0),
                Duration.ofMinutes(30), Duration.ofSeconds(30), null, GradingMethod.HIGHEST, new BigDecimal("60"),
                false, false, List.of(ItemSpec.of(shortQ.id()))),
                c -> assessments.assessments().create((CreateAssessment) c),
                (c, r) -> assessments.assessments().get(((AssessmentView) r).id())));
        add(m, SaveResponses.class, new Case("saveResponses", () -> {
            t.clock().set(seoul(6, 10, 5));
            return new SaveResponses(inProgress.id(), List.of(new AnswerLine(essayQ.id(), Response.text("My essay")),
                    new AnswerLine(shortQ.id(), Response.text("Padlet"))));
        }, c -> assessments.attempts().save((SaveResponses) c),
                (c, r) -> assessments.attempts().get(inProgress.id())));
        add(m, GradeAnswer.class, new Case("grade", () -> new GradeAnswer(submitted.id(), essayQ.id(),
                answerVersion(submitted.id(), essayQ.id()), null,
                List.of(new RubricScore("goals", "strong", "Clear goals")), "Well done", "Second reading"),
                c -> assessments.grading().grade((GradeAnswer) c),
                (c, r) -> List.of(assessments.attempts().get(submitted.id()),
                        assessments.grading().history(submitted.id(), essayQ.id()))));
        add(m, ConfigureGradebook.class, new Case("configureGradebook", () -> new ConfigureGradebook(open.id(),
                MissingGrades.ZERO, List.of(ScaleBand.of("60", "Pass"), ScaleBand.of("0", "Fail")),
                new BigDecimal("60")), c -> assessments.gradebook().configure((ConfigureGradebook) c),
                (c, r) -> assessments.gradebook().gradebook(open.id())));
        add(m, AddGradeCategory.class, new Case("addGradeCategory", () -> new AddGradeCategory(open.id(),
                "hg" + next(), text("Tasks"), BigDecimal.ONE, Aggregation.values()[0], 0),
                c -> assessments.gradebook().addCategory((AddGradeCategory) c),
                (c, r) -> assessments.gradebook().gradebook(open.id())));
        add(m, AddGradeItem.class, new Case("addGradeItem", () -> new AddGradeItem(gradeCategory.categoryId(),
                "hi" + next(), text("Task"), null, BigDecimal.TEN, BigDecimal.ONE, null),
                c -> assessments.gradebook().addItem((AddGradeItem) c),
                (c, r) -> assessments.gradebook().gradebook(open.id())));
        // no view shows a manual grade's feedback or rubric comments
        add(m, RecordGrade.class, new Case("recordGrade", () -> new RecordGrade(rubricItem.itemId(),
                open.trainees().get(2).id(), null, List.of(new RubricScore("goals", "strong", "Clear goals")),
                "Well done"), c -> assessments.gradebook().record((RecordGrade) c), null,
                Set.of("feedback", "rubric[0].comment")));
        add(m, OverrideGrade.class, new Case("overrideGrade", () -> new OverrideGrade(open.id(),
                open.trainees().get(2).id(), rubricItem.itemId(), new BigDecimal("5"), "Appeal upheld"),
                c -> {
                    assessments.gradebook().override((OverrideGrade) c);
                    return null;
                }, (c, r) -> assessments.gradebook().history(open.id(), open.trainees().get(2).id())));
        // the texts inside an imported file are checked as AddQuestion's (QuestionBankExchangeTest); here the options
        add(m, ImportOptions.class, new Case("importGift", () -> new ImportOptions("en", true),
                c -> assessments.exchange().importGift(cat.id(), new java.io.StringReader("Tool? {=Padlet ~Chalk}"),
                        (ImportOptions) c), null));
        // the texts inside an imported CSV file are checked as RegisterTrainee's (TraineeImportTest); here the options
        add(m, org.ustoz.courses.importing.TraineeImportOptions.class, new Case("importTrainees",
                () -> org.ustoz.courses.importing.TraineeImportOptions.defaults("UZ").asDryRun().withColumns(
                        Map.of(org.ustoz.courses.importing.ImportField.SCHOOL, "institution")),
                c -> courses.imports().importTrainees(new java.io.ByteArrayInputStream(
                        "username,firstname,lastname,email,institution\nzarina,Зарина,Раҳмонова,zr@example.tj,School 1\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        (org.ustoz.courses.importing.TraineeImportOptions) c), null));
        add(m, "QuestionBankService.find", stringCase(() -> null,
                s -> assessments.bank().find(cat.id(), true, s, PageRequest.first(10)), null));
        return m;
    }

    static void add(Map<String, List<Case>> m, Class<?> command, Case c) {
        add(m, command.getName(), c);
    }

    static void add(Map<String, List<Case>> m, String key, Case c) {
        m.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }

    /** A String parameter: the "command" is the hostile text, with a target made afresh by {@code target}. */
    static Case stringCase(Supplier<UUID> target, BiFunction<UUID, String, Object> call, Function<UUID, Object> read) {
        record Call(UUID target, String text) {
        }
        return new Case("string parameter", () -> new Call(target.get(), "ok"),
                c -> call.apply(((Call) c).target(), ((Call) c).text()),
                read == null ? null : (c, r) -> read.apply(((Call) c).target()));
    }

    static Case stringCase(Supplier<UUID> target, Function<String, Object> call, Function<UUID, Object> read) {
        return stringCase(target, (id, s) -> call.apply(s), read);
    }

    // ---------------------------------------------------------------------------------------------
    // reflection

    /** Command records and String parameters of every service method of Courses and Assessments. */
    static Set<String> commandsAndStringParameters() {
        Set<String> out = new java.util.TreeSet<>();
        for (Class<?> entry : List.of(Courses.class, Assessments.class)) {
            for (Method accessor : entry.getMethods()) {
                Class<?> service = accessor.getReturnType();
                if (accessor.getParameterCount() != 0 || !service.isInterface()
                        || !(service.getSimpleName().endsWith("Service") || service.getSimpleName().endsWith("Exchange"))) {
                    continue;
                }
                for (Method m : service.getMethods()) {
                    if (Modifier.isStatic(m.getModifiers())) {
                        continue;
                    }
                    for (Type p : m.getGenericParameterTypes()) {
                        if (p == String.class) {
                            out.add(service.getSimpleName() + "." + m.getName());
                        } else if (p instanceof Class<?> c && c.isRecord() && hasText(c, new LinkedHashSet<>())) {
                            out.add(c.getName());
                        } else if (p instanceof ParameterizedType && hasText(p, new LinkedHashSet<>())) {
                            out.add(service.getSimpleName() + "." + m.getName());
                        }
                    }
                }
            }
        }
        return out;
    }

    static boolean hasText(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type == String.class || type == LocalizedText.class) {
            return true;
        }
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                if (hasText(arg, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (hasText(rc.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every text inside a value of a type, with the path a violation would give. */
    static List<Slot> slots(Object value, Type type, String path) {
        List<Slot> out = new ArrayList<>();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            out.add(new Slot(path, (v, h) -> h));
        } else if (raw == LocalizedText.class) {
            String lang = value == null ? "en" : ((LocalizedText) value).primaryLocale().toLanguageTag();
            out.add(new Slot(path + "[" + lang + "]", (v, h) -> {
                if (v == null) {
                    return LocalizedText.of(lang, h);
                }
                Map<String, String> texts = new LinkedHashMap<>(((LocalizedText) v).asMap());
                texts.put(lang, h);
                return LocalizedText.of(texts);
            }));
        } else if (raw.isRecord() && value != null) {
            RecordComponent[] components = raw.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                int index = i;
                Object component = read(value, components[i]);
                for (Slot s : slots(component, components[i].getGenericType(),
                        (path.isEmpty() ? "" : path + ".") + components[i].getName())) {
                    out.add(new Slot(s.path(), (v, h) -> copy(v, index, s.put().apply(read(v, components[index]), h))));
                }
            }
        } else if ((raw == List.class || raw == Set.class) && type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            Collection<?> c = (Collection<?>) value;
            if (c != null && !c.isEmpty()) {
                Object first = c.iterator().next();
                for (Slot s : slots(first, element, path + "[0]")) {
                    out.add(new Slot(s.path(), (v, h) -> {
                        List<Object> list = new ArrayList<>((Collection<?>) v);
                        list.set(0, s.put().apply(list.get(0), h));
                        return raw == Set.class ? new LinkedHashSet<>(list) : list;
                    }));
                }
            } else if (element == String.class) {
                out.add(new Slot(path + "[0]", (v, h) -> raw == Set.class ? Set.of(h) : List.of(h)));
            }
        } else if (raw == Map.class && type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class && p.getActualTypeArguments()[1] == String.class) {
            @SuppressWarnings("unchecked")
            Map<String, String> map = (Map<String, String>) value;
            String key = map == null || map.isEmpty() ? "key" : new TreeMap<>(map).firstKey();
            out.add(new Slot(path + "[" + key + "]", (v, h) -> {
                @SuppressWarnings("unchecked")
                Map<String, String> copy = new LinkedHashMap<>((Map<String, String>) v);
                copy.put(key, h);
                return copy;
            }));
            out.add(new Slot(path + "<key>", (v, h) -> {
                @SuppressWarnings("unchecked")
                Map<String, String> copy = new LinkedHashMap<>((Map<String, String>) v);
                String old = copy.remove(key);
                copy.put(h, old == null ? "value" : old);
                return copy;
            }));
        }
        return out;
    }

    static Object read(Object record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object copy(Object record, int index, Object newValue) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == index ? newValue : read(record, components[i]);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every string in a value: strings, texts of localized texts, elements, map entries, components. */
    static void leaves(Object value, List<String> out, IdentityHashMap<Object, Boolean> seen, int depth) {
        if (value == null || depth > 12) {
            return;
        }
        if (value instanceof String s) {
            out.add(s);
            return;
        }
        if (seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof LocalizedText text) {
            out.addAll(text.asMap().values());
        } else if (value instanceof Collection<?> c) {
            c.forEach(e -> leaves(e, out, seen, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                leaves(k, out, seen, depth + 1);
                leaves(v, out, seen, depth + 1);
            });
        } else if (value instanceof java.util.Optional<?> o) {
            o.ifPresent(v -> leaves(v, out, seen, depth + 1));
        } else if (value instanceof org.ustoz.core.paging.Page<?> page) {
            leaves(page.items(), out, seen, depth + 1);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                leaves(read(value, rc), out, seen, depth + 1);
            }
        }
    }

    static String root(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '[', '<'}) {
            int i = path.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return path.substring(0, end);
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void everyTextOfEveryCommandIsRefusedByNameOrStoredExactly() {
        fixtures();
        Map<String, List<Case>> cases = cases();
        Set<String> found = commandsAndStringParameters();
        assertThat(cases.keySet()).as("a case for every command with text and every String parameter")
                .containsAll(found);

        List<String> escapes = new ArrayList<>();
        List<String> unshown = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int fields = 0;
        int tried = 0;
        for (String key : found) {
            for (Case c : cases.get(key)) {
                Object sample = c.base().get();
                if (c.readBack() != null) {
                    // the base command itself must go through: otherwise every refusal below proves nothing
                    c.call().apply(sample);
                }
                List<Slot> slots = sample.getClass().isRecord() && sample.getClass().getSimpleName().equals("Call")
                        ? List.of(new Slot("text", (v, h) -> copy(v, 1, h)))
                        : slots(sample, sample.getClass(), "");
                fields += slots.size();
                for (Slot slot : slots) {
                    for (Hostile hostile : CORPUS) {
                        tried++;
                        String where = (key.contains("Service.") ? key : key.substring(key.lastIndexOf('.') + 1))
                                + " [" + c.name() + "] " + slot.path()
                                + " ← " + hostile;
                        String outcome = attempt(c, slot, hostile, where, escapes, unshown);
                        outcomes.merge(outcome, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> known = escapes.stream().filter(e -> KNOWN_INTERNAL_GAPS.keySet().stream().anyMatch(e::startsWith))
                .toList();
        List<String> unknown = escapes.stream().filter(e -> !known.contains(e)).toList();
        System.out.printf("HostileInputTest: %d inputs × %d fields = %d calls; outcomes %s; %d escapes"
                + " (%d of them known internal gaps)%n", CORPUS.size(), fields, tried, outcomes, escapes.size(),
                known.size());
        unshown.stream().distinct().forEach(u -> System.out.println("  stored, no view shows it: " + u));
        dataRejected.forEach(d -> System.out.println("  reached the database unchecked (core.data-rejected): " + d));
        known.forEach(e -> System.out.println("  KNOWN INTERNAL GAP: " + e));
        unknown.forEach(e -> System.out.println("  ESCAPE: " + e));
        assertThat(unknown).as("escapes").isEmpty();
    }

    /** Fails unless the call is refused by validation naming exactly these fields. */
    static void refusedNaming(Runnable call, String... fields) {
        try {
            call.run();
        } catch (ValidationFailedException e) {
            assertThat(e.fields()).containsExactly(fields);
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("expected a validation failure naming " + List.of(fields) + ", got " + e, e);
        }
        throw new AssertionError("expected a validation failure naming " + List.of(fields));
    }

    @Test
    void timeSettingsWordCountsAndNullElementsAreRefusedByName() {
        Cohort c = cohort(1);
        CategoryView category = category("NULLS");
        QuestionView q = shortAnswer(category, "Name a tool", "Padlet");
        Function<Duration[], CreateAssessment> create = d -> new CreateAssessment(c.id(), null, "T" + next(),
                text("Timed"), AssessmentKind.values()[0], seoul(5, 9, 0), seoul(8, 18, 0), d[0], d[1], null,
                GradingMethod.HIGHEST, new BigDecimal("60"), false, false, List.of(ItemSpec.of(q.id())));
        for (Duration bad : List.of(Duration.ofSeconds(-60), Duration.ZERO, Duration.ofNanos(1),
                Duration.ofMillis(1500), Duration.ofDays(30).plusSeconds(1), Duration.ofDays(30_000))) {
            refusedNaming(() -> assessments.assessments().create(create.apply(new Duration[] {bad, null})),
                    "timeLimit");
        }
        for (Duration bad : List.of(Duration.ofSeconds(-600), Duration.ofDays(1).plusSeconds(1), Duration.ofNanos(5))) {
            refusedNaming(() -> assessments.assessments().create(create.apply(new Duration[] {Duration.ofMinutes(30),
                    bad})), "grace");
        }
        AssessmentView longest = assessments.assessments().create(create.apply(new Duration[] {Duration.ofDays(30),
                Duration.ofDays(1)}));
        assertThat(longest.timeLimit()).isEqualTo(Duration.ofDays(30));
        assertThat(assessments.assessments().create(create.apply(new Duration[] {Duration.ofSeconds(1),
                Duration.ZERO})).grace()).isEqualTo(Duration.ZERO);

        refusedNaming(() -> courses.trainees().search(TraineeSearch.of("one two three four five six")), "text");
        assertThat(courses.trainees().search(TraineeSearch.of(" one two three four five ")).items()).isEmpty();

        List<RubricScore> nullScore = new ArrayList<>();
        nullScore.add(null);
        refusedNaming(() -> assessments.grading().grade(new GradeAnswer(UUID.randomUUID(), q.id(), 0, null,
                nullScore, null)), "rubric[0]");
        List<Choice> nullChoice = new ArrayList<>();
        nullChoice.add(null);
        refusedNaming(() -> assessments.bank().addQuestion(new AddQuestion(category.id(), null,
                QuestionTypes.SINGLE_CHOICE, new QuestionContent(text("Stem"), nullChoice, null, null, null),
                BigDecimal.ONE, null, null)), "content.choices[0]");
        Set<String> nullTag = new LinkedHashSet<>();
        nullTag.add("tools");
        nullTag.add(null);
        refusedNaming(() -> assessments.bank().addQuestion(new AddQuestion(category.id(), null,
                QuestionTypes.SHORT_ANSWER, answerContent(), BigDecimal.ONE, nullTag, null)), "tags[]");
        refusedNaming(() -> assessments.bank().addQuestion(new AddQuestion(category.id(), null,
                QuestionTypes.SHORT_ANSWER, new QuestionContent(null, null, null, null, null), BigDecimal.ONE, null,
                null)), "content.stem");
        List<RubricLevel> nullLevel = new ArrayList<>();
        nullLevel.add(null);
        refusedNaming(() -> assessments.grading().createRubric(new CreateRubric(text("R"), List.of(
                new RubricCriterion("goals", text("Goals"), nullLevel)))), "criteria[0].levels[0]");
        List<String> nullValue = new ArrayList<>();
        nullValue.add(null);
        refusedNaming(() -> assessments.attempts().save(new SaveResponses(UUID.randomUUID(), List.of(
                new AnswerLine(q.id(), new Response(nullValue))))), "answers[0].response.values[0]");
        List<ScaleBand> nullBand = new ArrayList<>();
        nullBand.add(null);
        refusedNaming(() -> assessments.gradebook().configure(new ConfigureGradebook(c.id(), MissingGrades.ZERO,
                nullBand, null)), "scale[0]");
    }

    private String attempt(Case c, Slot slot, Hostile hostile, String where, List<String> escapes,
            List<String> unshown) {
        Object command;
        try {
            command = slot.put().apply(c.base().get(), hostile.value());
        } catch (UstozException e) {
            checkMessages(e, hostile, where, escapes);
            return "refused on construction (" + e.code() + ")";
        } catch (RuntimeException e) {
            escapes.add(where + ": command cannot be built: " + e.getClass().getName());
            return "escape";
        }
        Object result;
        try {
            result = c.call().apply(command);
        } catch (ValidationFailedException e) {
            checkMessages(e, hostile, where, escapes);
            String root = root(slot.path());
            // a String parameter is the call's only text: its violation names the parameter (code, reason, ...)
            boolean parameter = slot.path().equals("text") && command.getClass().getSimpleName().equals("Call");
            if (parameter ? e.fields().size() != 1
                    : e.fields().stream().noneMatch(f -> root(f).equals(root) || f.isEmpty())) {
                escapes.add(where + ": refused, but the violation names " + e.fields());
            }
            return "refused by validation";
        } catch (UstozException e) {
            checkMessages(e, hostile, where, escapes);
            if (e.code().equals("core.data-rejected")) {
                dataRejected.add(where);
            }
            return "refused: " + e.code();
        } catch (RuntimeException | Error e) {
            escapes.add(where + ": " + e.getClass().getName() + " escaped");
            return "escape";
        }
        if (c.notShown().contains(slot.path())) {
            unshown.add(where.substring(0, where.indexOf(" ← ")));
            return "accepted (no view shows it)";
        }
        if (c.readBack() == null) {
            return "accepted (a look-up or query)";
        }
        List<String> leaves = new ArrayList<>();
        try {
            leaves(c.readBack().apply(command, result), leaves, new IdentityHashMap<>(), 0);
        } catch (RuntimeException e) {
            escapes.add(where + ": read back failed with " + e.getClass().getName());
            return "escape";
        }
        if (hostile.value().isBlank() && !leaves.contains(hostile.value())) {
            // documented: optional text that is blank is stored as absent, a blank response as unanswered
            return "accepted (blank stored as absent)";
        }
        if (!leaves.contains(hostile.value())) {
            escapes.add(where + ": accepted but not read back exactly");
            return "escape";
        }
        return "stored exactly";
    }

    private static void checkMessages(UstozException e, Hostile hostile, String where, List<String> escapes) {
        List<String> texts = new ArrayList<>();
        texts.add(e.toString());
        texts.add(e.getLocalizedMessage());
        for (java.util.Locale l : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("ru"))) {
            texts.add(e.getMessage(l));
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            if (!hostile.value().isBlank() && text.contains(hostile.value())) {
                escapes.add(where + ": the message of " + e.code() + " carries the input");
                return;
            }
            if (SQL.matcher(text).find()) {
                escapes.add(where + ": the message of " + e.code() + " carries SQL");
                return;
            }
        }
    }
}
