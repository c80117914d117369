package org.ustoz.courses;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        return t.ustoz().inTransaction(em -> {
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
}
