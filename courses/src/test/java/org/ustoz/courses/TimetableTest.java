package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.courses.Fixture.seoul;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.timetable.RescheduleSession;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionStatus;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.timetable.TraineeTimetableQuery;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;
import org.ustoz.courses.enrolment.Enrol;

class TimetableTest extends ServiceTest {

    @Test
    void sessionsShowInTheCohortsZoneAndInTheTraineesOwn() {
        Fixture.Running running = f.running(0, 0);
        SessionView s = f.courses.timetable().schedule(new ScheduleSession(running.id(), null, null, seoul(5, 9, 0),
                seoul(5, 12, 0), "Hall Z", null, List.of()));
        assertThat(s.zone()).isEqualTo(Fixture.SEOUL);
        assertThat(s.localStart()).isEqualTo(LocalDateTime.of(2025, 8, 5, 9, 0));
        assertThat(s.durationMinutes()).isEqualTo(180);
        assertThat(f.courses.timetable().get(s.id()).room()).isEqualTo("Hall Z");
        Fixture.Running withOne = f.running(0, 1);
        assertThat(withOne.sessions().get(0).facilitators()).as("the cohort's facilitators by default")
                .isEqualTo(withOne.cohort().facilitators()).isNotEmpty();

        TraineeView zarina = f.courses.trainees().register(new RegisterTrainee("Зарина Раҳмонова", "Zarina Rahmonova",
                "zarina.tz@example.tj", "TJ", null, null, List.of(), List.of("tg"), null, "Asia/Dushanbe"));
        assertThat(zarina.timeZone()).isEqualTo(ZoneId.of("Asia/Dushanbe"));
        Fixture.Running open = f.draftThenSession();
        f.courses.enrolments().enrol(new Enrol(open.id(), zarina.id()));

        List<SessionView> mine = f.courses.timetable().traineeTimetable(TraineeTimetableQuery.of(zarina.id()));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).zone()).isEqualTo(ZoneId.of("Asia/Dushanbe"));
        assertThat(mine.get(0).localStart()).as("09:00 in Seoul").isEqualTo(LocalDateTime.of(2025, 8, 6, 5, 0));
        assertThat(mine.get(0).startsAt()).isEqualTo(seoul(6, 9, 0));

        List<SessionView> inSeoul = f.courses.timetable().traineeTimetable(
                new TraineeTimetableQuery(zarina.id(), null, null, "Asia/Seoul"));
        assertThat(inSeoul.get(0).localStart()).isEqualTo(LocalDateTime.of(2025, 8, 6, 9, 0));
        assertThat(f.courses.timetable().traineeTimetable(
                new TraineeTimetableQuery(zarina.id(), seoul(7, 0, 0), null, null))).isEmpty();
    }

    @Test
    void sessionsMustEndAfterTheyStartAndLieWithinTheCohortsDates() {
        Fixture.Running k = f.running(0, 0);
        assertCode(() -> f.courses.timetable().schedule(new ScheduleSession(k.id(), null, null, seoul(5, 12, 0),
                seoul(5, 9, 0), null, null, null)), "courses.session.times-invalid");
        assertCode(() -> f.courses.timetable().schedule(new ScheduleSession(k.id(), null, null, seoul(16, 9, 0),
                seoul(16, 12, 0), null, null, null)), "courses.session.outside-cohort");
        assertCode(() -> f.courses.timetable().schedule(new ScheduleSession(k.id(), null, null, seoul(3, 23, 0),
                seoul(4, 1, 0), null, null, null)), "courses.session.outside-cohort");
        // 23:00–24:00 on the last day, in Seoul, is inside even though it is 14:00–15:00 UTC
        SessionView late = f.courses.timetable().schedule(new ScheduleSession(k.id(), null, null, seoul(15, 23, 0),
                seoul(15, 23, 59), null, null, List.of()));
        assertThat(late.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(f.courses.timetable().cohortTimetable(k.id())).extracting(SessionView::id).containsExactly(late.id());
    }

    @Test
    void aFacilitatorOrARoomCannotBeDoubleBookedAcrossCohorts() {
        Fixture.Running a = f.running(0, 0);
        Fixture.Running b = f.running(0, 0);
        Facilitator minsu = new Facilitator("김민수", "minsu.kim@example.kr", "lead facilitator");
        SessionView first = f.courses.timetable().schedule(new ScheduleSession(a.id(), null, null, seoul(5, 9, 0),
                seoul(5, 12, 0), "Hall C", null, List.of(minsu)));

        // same person (e-mail compared without case), overlapping hour, other cohort and room
        Facilitator sameMinsu = new Facilitator("Kim Minsu", "MINSU.KIM@example.kr", null);
        assertThatThrownBy(() -> f.courses.timetable().schedule(new ScheduleSession(b.id(), null, null,
                seoul(5, 11, 0), seoul(5, 13, 0), "Hall 2", null, List.of(sameMinsu))))
                .isInstanceOfSatisfying(UstozException.class, e -> {
                    assertThat(e.code()).isEqualTo("courses.session.facilitator-clash");
                    assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("Kim Minsu", first.id().toString(),
                            a.cohort().code(), "2025-08-05 09:00 Asia/Seoul");
                });
        // same room, other facilitator
        assertCode(() -> f.courses.timetable().schedule(new ScheduleSession(b.id(), null, null, seoul(5, 10, 0),
                seoul(5, 10, 30), " hall  c ", null, List.of())), "courses.session.room-clash");
        // back to back is no clash
        SessionView next = f.courses.timetable().schedule(new ScheduleSession(b.id(), null, null, seoul(5, 12, 0),
                seoul(5, 13, 0), "Hall D", null, List.of(minsu)));
        // moving it into the first one's time is refused and leaves it as it was
        assertCode(() -> f.courses.timetable().reschedule(new RescheduleSession(next.id(), seoul(5, 11, 30),
                seoul(5, 12, 30), "Hall D", null, null)), "courses.session.facilitator-clash");
        assertThat(f.courses.timetable().get(next.id()).startsAt()).isEqualTo(seoul(5, 12, 0));
        // a cancelled session books nobody
        f.courses.timetable().cancel(first.id(), "the hall is closed");
        SessionView moved = f.courses.timetable().reschedule(new RescheduleSession(next.id(), seoul(5, 11, 30),
                seoul(5, 12, 30), "Hall C", null, null));
        assertThat(moved.room()).isEqualTo("Hall C");
        assertThat(moved.localStart()).isEqualTo(LocalDateTime.of(2025, 8, 5, 11, 30));
        assertThat(f.courses.timetable().get(first.id()).status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void twoInstancesBookingOneFacilitatorAtOnceGetOneSessionPerSlot() throws Exception {
        List<Fixture.Running> cohorts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cohorts.add(f.running(0, 0));
        }
        Facilitator shared = new Facilitator("Рустам Назаров", "rustam@example.tj", null);
        Ustoz second = t.secondInstance(4);
        Courses other = Courses.of(second);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int slot = 0; slot < 5; slot++) {
                int hour = 8 + 2 * slot;
                List<Callable<Boolean>> attempts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Courses via = i % 2 == 0 ? f.courses : other;
                    Fixture.Running cohort = cohorts.get(i % cohorts.size());
                    attempts.add(() -> {
                        try {
                            via.timetable().schedule(new ScheduleSession(cohort.id(), null, null, seoul(7, hour, 0),
                                    seoul(7, hour + 1, 30), null, null, List.of(shared)));
                            return true;
                        } catch (UstozException e) {
                            assertThat(e.code()).isEqualTo("courses.session.facilitator-clash");
                            return false;
                        }
                    });
                }
                int booked = 0;
                for (Future<Boolean> r : pool.invokeAll(attempts)) {
                    booked += r.get() ? 1 : 0;
                }
                assertThat(booked).as("sessions booked at %d:00", hour).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            second.close();
        }
        long total = cohorts.stream().mapToLong(c -> f.courses.timetable().cohortTimetable(c.id()).size()).sum();
        assertThat(total).isEqualTo(5);
    }
}
