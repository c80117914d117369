package org.ustoz.courses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.testing.TestUstoz;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.PartnerRole;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;

/** Builds the Sejong seminar's pieces through the public services. */
final class Fixture {

    static final LocalizedText TITLE = LocalizedText.builder()
            .put("en", "Digitalization of Education")
            .put("ko", "교육의 디지털화")
            .put("tg", "Рақамисозии маориф")
            .put("ru", "Цифровизация образования")
            .build();

    final TestUstoz t;
    final Courses courses;
    private int serial;

    Fixture(TestUstoz t) {
        this.t = t;
        this.courses = Courses.of(t.ustoz());
    }

    CreateCourse createCourse(String code) {
        return new CreateCourse(code, TITLE, LocalizedText.of("en", "A two-week seminar for teachers."),
                List.of(LocalizedText.of("en", "Plan a lesson with digital tools")), new BigDecimal("60"));
    }

    AddModule addModule(UUID courseId, String code) {
        return new AddModule(courseId, code, LocalizedText.of("en", "Module " + code), null, new BigDecimal("10"), true);
    }

    CourseView draftCourse(String code, int modules) {
        CourseView course = courses.catalogue().createCourse(createCourse(code));
        for (int i = 1; i <= modules; i++) {
            courses.catalogue().addModule(addModule(course.id(), "M" + i));
        }
        return courses.catalogue().get(course.id());
    }

    CourseView publishedCourse(String code) {
        CourseView course = draftCourse(code, 2);
        return courses.catalogue().publish(course.id());
    }

    ScheduleCohort scheduleCohort(UUID courseId, String code, int capacity, Integer waitlist) {
        return new ScheduleCohort(courseId, code, null, LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 15),
                "Asia/Seoul", DeliveryMode.IN_PERSON,
                new Venue("Sejong Education Training Institute", "Hannuri-daero 2130", "Sejong", "KR"), null, "ru",
                capacity, waitlist, List.of(new Facilitator("김민수", "minsu.kim@example.kr", "lead facilitator")),
                List.of(new Partner("Sejong Metropolitan Office of Education", PartnerRole.HOST)));
    }

    CohortView draftCohort(int capacity, Integer waitlist) {
        CourseView course = publishedCourse("C" + (++serial));
        return courses.cohorts().schedule(scheduleCohort(course.id(), "K" + serial, capacity, waitlist));
    }

    CohortView openCohort(int capacity, Integer waitlist) {
        return courses.cohorts().openEnrolment(draftCohort(capacity, waitlist).id());
    }

    RegisterTrainee registerTrainee(String fullName, String latinName, String email) {
        return new RegisterTrainee(fullName, latinName, email, "TJ", "Dushanbe", "School No. 1", List.of("Informatics"),
                List.of("tg", "ru"), null);
    }

    TraineeView trainee(String fullName, String latinName) {
        return courses.trainees().register(registerTrainee(fullName, latinName,
                "t" + (++serial) + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.tj"));
    }

    /** {@code n} trainees registered in one transaction. */
    List<TraineeView> trainees(int n) {
        return t.runtime().inTransaction(em -> {
            List<TraineeView> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(trainee("Муаллим " + i + " Раҳимов", "Muallim " + i + " Rahimov"));
            }
            return list;
        });
    }

    static List<UUID> ids(List<TraineeView> trainees) {
        return trainees.stream().map(TraineeView::id).toList();
    }

    /** The Seoul zone of the fixture's cohorts. */
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** 09:00, 11:00, 14:00 and 16:00 starts: four two-hour sessions a day. */
    private static final int[] SLOTS = {9, 11, 14, 16};

    /** A cohort in progress with its trainees enrolled and its sessions scheduled. */
    record Running(CohortView cohort, CourseView course, List<TraineeView> trainees, List<SessionView> sessions) {

        UUID id() {
            return cohort.id();
        }
    }

    /** The instant of a local date-time in Seoul. */
    static Instant seoul(int day, int hour, int minute) {
        return ZonedDateTime.of(2025, 8, day, hour, minute, 0, 0, SEOUL).toInstant();
    }

    /**
     * A cohort in progress, 4–15 August 2025 in Seoul, with {@code traineeCount} trainees enrolled and
     * {@code sessionCount} two-hour sessions (four a day from 4 August, the first half in module M1,
     * the rest in M2), each cohort with its own facilitator and room so cohorts never clash.
     */
    Running running(int traineeCount, int sessionCount) {
        CourseView course = publishedCourse("C" + (++serial));
        int n = serial;
        ScheduleCohort base = scheduleCohort(course.id(), "K" + n, Math.max(traineeCount, 1), null);
        Facilitator lead = new Facilitator("Facilitator " + n, "facilitator" + n + "@example.kr", "lead facilitator");
        ScheduleCohort command = new ScheduleCohort(base.courseId(), base.code(), base.title(), base.startDate(),
                base.endDate(), base.timeZone(), base.deliveryMode(), base.venue(), base.onlineUrl(), base.language(),
                base.capacity(), base.waitlistCapacity(), List.of(lead), base.partners());
        CohortView cohort = courses.cohorts().schedule(command);
        courses.cohorts().openEnrolment(cohort.id());
        List<TraineeView> trainees = trainees(traineeCount);
        if (!trainees.isEmpty()) {
            courses.enrolments().enrolAll(new EnrolMany(cohort.id(), ids(trainees)));
        }
        List<SessionView> sessions = new ArrayList<>();
        UUID m1 = course.modules().get(0).id();
        UUID m2 = course.modules().get(1).id();
        for (int k = 0; k < sessionCount; k++) {
            int day = 4 + k / SLOTS.length;
            int hour = SLOTS[k % SLOTS.length];
            sessions.add(courses.timetable().schedule(new ScheduleSession(cohort.id(), k < sessionCount / 2 ? m1 : m2,
                    null, seoul(day, hour, 0), seoul(day, hour + 2, 0), "Room " + n, null, null)));
        }
        return new Running(courses.cohorts().start(cohort.id()), course, trainees, sessions);
    }

    /** A cohort open for enrolment (not started) with one session on 6 August, 09:00–12:00 Seoul. */
    Running draftThenSession() {
        CourseView course = publishedCourse("C" + (++serial));
        int n = serial;
        ScheduleCohort base = scheduleCohort(course.id(), "K" + n, 10, null);
        ScheduleCohort command = new ScheduleCohort(base.courseId(), base.code(), base.title(), base.startDate(),
                base.endDate(), base.timeZone(), base.deliveryMode(), base.venue(), base.onlineUrl(), base.language(),
                base.capacity(), base.waitlistCapacity(),
                List.of(new Facilitator("Facilitator " + n, "facilitator" + n + "@example.kr", null)), base.partners());
        CohortView cohort = courses.cohorts().openEnrolment(courses.cohorts().schedule(command).id());
        SessionView s = courses.timetable().schedule(new ScheduleSession(cohort.id(), null, null, seoul(6, 9, 0),
                seoul(6, 12, 0), "Room " + n, null, null));
        return new Running(cohort, course, List.of(), List.of(s));
    }
}
