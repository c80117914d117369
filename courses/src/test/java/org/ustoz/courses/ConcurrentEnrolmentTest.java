package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ustoz.core.Ustoz;
import org.ustoz.core.testing.TestDatabase;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.RosterQuery;

/**
 * Two application instances (two {@code EntityManagerFactory}s with their own pools), 16 threads
 * each, race to enrol 60 trainees into the last 5 seats of a cohort, 20 rounds: exactly 5 get a
 * seat, the rest are waitlisted in distinct positions, and no call fails with anything but a
 * domain outcome.
 */
class ConcurrentEnrolmentTest extends ServiceTest {

    static final int ROUNDS = 20;
    static final int THREADS_PER_INSTANCE = 16;
    static final int TRAINEES = 60;
    static final int LAST_SEATS = 5;

    static Courses second;

    @BeforeAll
    static void start() {
        Ustoz other = t.secondInstance(THREADS_PER_INSTANCE);
        second = Courses.of(other);
    }

    @Test
    void exactlyTheLastSeatsAreTakenAndTheRestWaitlisted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                race(pool, round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void race(ExecutorService pool, int round) throws Exception {
        CohortView cohort = f.openCohort(LAST_SEATS + 25, null);
        // 25 seats already taken: 5 are left
        f.courses.enrolments().enrolAll(new EnrolMany(cohort.id(), Fixture.ids(f.trainees(25))));
        List<UUID> racers = new ArrayList<>(Fixture.ids(f.trainees(TRAINEES)));
        Collections.shuffle(racers);

        ConcurrentLinkedQueue<UUID> queue = new ConcurrentLinkedQueue<>(racers);
        ConcurrentLinkedQueue<EnrolmentView> results = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS_PER_INSTANCE; i++) {
            Courses instance = i % 2 == 0 ? f.courses : second;
            workers.add(pool.submit(() -> {
                go.await();
                for (UUID trainee; (trainee = queue.poll()) != null; ) {
                    try {
                        results.add(instance.enrolments().enrol(new Enrol(cohort.id(), trainee)));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> w : workers) {
            w.get(2, TimeUnit.MINUTES);
        }

        assertThat(failures).as("round %d on %s", round, TestDatabase.kind()).isEmpty();
        assertThat(results).hasSize(TRAINEES);
        assertThat(results).filteredOn(e -> e.status() == EnrolmentStatus.ENROLLED).hasSize(LAST_SEATS);
        assertThat(results).filteredOn(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .extracting(EnrolmentView::waitlistPosition).doesNotHaveDuplicates().hasSize(TRAINEES - LAST_SEATS)
                .allSatisfy(p -> assertThat(p).isBetween(1L, (long) TRAINEES - LAST_SEATS));
        // no lost update: the counters agree with the rows
        CohortView after = f.courses.cohorts().get(cohort.id());
        assertThat(after.enrolledCount()).isEqualTo(LAST_SEATS + 25);
        assertThat(after.waitlistedCount()).isEqualTo(TRAINEES - LAST_SEATS);
        assertThat(f.courses.enrolments().roster(RosterQuery.open(cohort.id(), 100)).totalItems())
                .isEqualTo(25 + TRAINEES);
    }
}
