package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.cohort.ChangeCapacity;
import org.ustoz.courses.cohort.CohortEvent;
import org.ustoz.courses.cohort.CohortQuery;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.PartnerRole;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.enrolment.EnrolmentStatus;

class CohortTest extends ServiceTest {


    @Test
    void schedulesTheSejongSeminar() {
        CourseView course = f.publishedCourse("DIGI-EDU");
        CohortView cohort = f.courses.cohorts().schedule(f.scheduleCohort(course.id(), "DIGI-EDU-2025-SEJONG", 30, null));

        assertThat(cohort.status()).isEqualTo(CohortStatus.DRAFT);
        assertThat(cohort.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(cohort.startDate()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(cohort.endDate()).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(cohort.language()).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(cohort.title().get(Locale.KOREAN)).isEqualTo("교육의 디지털화"); // the course's title
        assertThat(cohort.venue().city()).isEqualTo("Sejong");
        assertThat(cohort.facilitators()).extracting(fa -> fa.name()).containsExactly("김민수");
        assertThat(cohort.partners()).extracting(p -> p.role()).containsExactly(PartnerRole.HOST);
        assertThat(cohort.seatsLeft()).isEqualTo(30);
        assertThat(f.courses.cohorts().getByCode("DIGI-EDU-2025-SEJONG").id()).isEqualTo(cohort.id());
    }

    @Test
    void onlyAPublishedCourseGetsCohorts() {
        CourseView draft = f.draftCourse("DRAFT-ONLY", 1);
        assertCode(() -> f.courses.cohorts().schedule(f.scheduleCohort(draft.id(), "X1", 10, null)),
                "courses.course.not-published");
        CourseView archived = f.publishedCourse("ARCH");
        f.courses.catalogue().archive(archived.id());
        assertCode(() -> f.courses.cohorts().schedule(f.scheduleCohort(archived.id(), "X2", 10, null)),
                "courses.course.not-published");
    }

    @Test
    void refusesInconsistentSchedules() {
        CourseView course = f.publishedCourse("SCHED");
        ScheduleCohort base = f.scheduleCohort(course.id(), "S1", 10, null);
        assertCode(() -> f.courses.cohorts().schedule(new ScheduleCohort(course.id(), "S1", null,
                LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 4), "Asia/Seoul", DeliveryMode.IN_PERSON,
                base.venue(), null, "ru", 10, null, List.of(), List.of())), "courses.cohort.dates-invalid");
        assertCode(() -> f.courses.cohorts().schedule(new ScheduleCohort(course.id(), "S1", null,
                base.startDate(), base.endDate(), "Asia/Seoul", DeliveryMode.IN_PERSON, null, null, "ru", 10, null,
                List.of(), List.of())), "courses.cohort.venue-required");
        assertCode(() -> f.courses.cohorts().schedule(new ScheduleCohort(course.id(), "S1", null,
                base.startDate(), base.endDate(), "Asia/Seoul", DeliveryMode.ONLINE, null, null, "ru", 10, null,
                List.of(), List.of())), "courses.cohort.online-url-required");
        f.courses.cohorts().schedule(base);
        assertCode(() -> f.courses.cohorts().schedule(base), "courses.cohort.code-taken");
    }

    @Test
    void guardsEveryLifecycleTransition() {
        CohortView cohort = f.draftCohort(5, null);
        var cohorts = f.courses.cohorts();
        assertCode(() -> cohorts.start(cohort.id()), "courses.cohort.illegal-transition");
        assertCode(() -> cohorts.complete(cohort.id()), "courses.cohort.illegal-transition");

        CohortView opened = cohorts.openEnrolment(cohort.id());
        assertThat(opened.status()).isEqualTo(CohortStatus.OPEN_FOR_ENROLMENT);
        assertThat(opened.version()).isEqualTo(cohorts.get(cohort.id()).version()).isGreaterThan(cohort.version());
        assertCode(() -> cohorts.openEnrolment(cohort.id()), "courses.cohort.illegal-transition");
        assertThat(cohorts.start(cohort.id()).status()).isEqualTo(CohortStatus.IN_PROGRESS);
        assertThat(cohorts.complete(cohort.id()).status()).isEqualTo(CohortStatus.COMPLETED);
        assertCode(() -> cohorts.cancel(cohort.id(), "too late"), "courses.cohort.illegal-transition");

        assertThat(t.events(CohortEvent.StatusChanged.class)).filteredOn(e -> e.cohortId().equals(cohort.id()))
                .extracting(CohortEvent.StatusChanged::to)
                .containsExactly(CohortStatus.OPEN_FOR_ENROLMENT, CohortStatus.IN_PROGRESS, CohortStatus.COMPLETED);
    }

    @Test
    void enrolmentIsRefusedInADraftOrCancelledCohort() {
        var trainee = f.trainee("Зарина Раҳмонова", "Zarina Rahmonova");
        CohortView draft = f.draftCohort(5, null);
        assertCode(() -> f.courses.enrolments().enrol(new Enrol(draft.id(), trainee.id())), "courses.cohort.not-open");

        CohortView cancelled = f.courses.cohorts().cancel(f.openCohort(5, null).id(), "Venue unavailable");
        assertThat(cancelled.status()).isEqualTo(CohortStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("Venue unavailable");
        assertCode(() -> f.courses.enrolments().enrol(new Enrol(cancelled.id(), trainee.id())),
                "courses.cohort.not-open");
        assertCode(() -> f.courses.enrolments().enrolAll(new EnrolMany(cancelled.id(), List.of(trainee.id()))),
                "courses.cohort.not-open");
    }

    @Test
    void moreSeatsPromoteTheWaitlistFirstComeFirstServed() {
        CohortView cohort = f.openCohort(2, null);
        var trainees = f.trainees(5);
        f.courses.enrolments().enrolAll(new EnrolMany(cohort.id(), Fixture.ids(trainees)));

        CohortView bigger = f.courses.cohorts().changeCapacity(new ChangeCapacity(cohort.id(), 4, null));

        assertThat(bigger.enrolledCount()).isEqualTo(4);
        assertThat(bigger.waitlistedCount()).isEqualTo(1);
        assertThat(f.courses.enrolments().find(cohort.id(), trainees.get(2).id()).status())
                .isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(f.courses.enrolments().find(cohort.id(), trainees.get(3).id()).status())
                .isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(f.courses.enrolments().find(cohort.id(), trainees.get(4).id()).waitlistPosition()).isEqualTo(3);
        assertCode(() -> f.courses.cohorts().changeCapacity(new ChangeCapacity(cohort.id(), 3, null)),
                "courses.cohort.capacity-below-enrolled");
    }

    @Test
    void listsCohortsOfACourse() {
        CourseView course = f.publishedCourse("LISTED");
        f.courses.cohorts().schedule(f.scheduleCohort(course.id(), "LISTED-B", 10, null));
        f.courses.cohorts().schedule(f.scheduleCohort(course.id(), "LISTED-A", 10, null));
        var page = f.courses.cohorts().list(new CohortQuery(course.id(), CohortStatus.DRAFT,
                org.ustoz.core.paging.PageRequest.first(10)));
        assertThat(page.items()).extracting(c -> c.code()).containsExactly("LISTED-A", "LISTED-B");
        assertThat(page.items().get(0).title().get(Locale.ENGLISH)).isEqualTo("Digitalization of Education");
        assertThat(page.items().get(0).courseCode()).isEqualTo("LISTED");
    }
}
