package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.BulkEnrolmentLine;
import org.ustoz.courses.enrolment.BulkEnrolmentReport;
import org.ustoz.courses.enrolment.BulkOutcome;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.enrolment.EnrolmentEvent;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.RosterEntry;
import org.ustoz.courses.enrolment.RosterQuery;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.enrolment.Withdrawal;
import org.ustoz.courses.trainee.TraineeView;

class EnrolmentTest extends ServiceTest {


    @Test
    void fillsTheSeatsThenTheWaitlistInArrivalOrder() {
        CohortView cohort = f.openCohort(3, null);
        List<TraineeView> trainees = f.trainees(5);
        List<EnrolmentView> results = new ArrayList<>();
        for (TraineeView trainee : trainees) {
            results.add(f.courses.enrolments().enrol(new Enrol(cohort.id(), trainee.id())));
            t.clock().advance(Duration.ofMinutes(1));
        }
        assertThat(results).extracting(EnrolmentView::status).containsExactly(EnrolmentStatus.ENROLLED,
                EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.WAITLISTED);
        assertThat(results).extracting(EnrolmentView::waitlistPosition).containsExactly(null, null, null, 1L, 2L);
        assertThat(results.get(0).changedBy()).isEqualTo("test-coordinator");
        var summary = f.courses.enrolments().summary(cohort.id());
        assertThat(summary.enrolled()).isEqualTo(3);
        assertThat(summary.waitlisted()).isEqualTo(2);
        assertThat(summary.seatsLeft()).isZero();
        assertCode(() -> f.courses.enrolments().enrol(new Enrol(cohort.id(), trainees.get(0).id())),
                "courses.enrolment.already-enrolled");
    }

    @Test
    void aWithdrawalFreesTheSeatForTheTraineeWaitingLongest() {
        CohortView cohort = f.openCohort(2, null);
        List<TraineeView> trainees = f.trainees(4);
        for (TraineeView trainee : trainees) {
            f.courses.enrolments().enrol(new Enrol(cohort.id(), trainee.id()));
            t.clock().advance(Duration.ofSeconds(1));
        }
        EnrolmentView first = f.courses.enrolments().find(cohort.id(), trainees.get(0).id());

        Withdrawal withdrawal = f.courses.enrolments().withdraw(new Withdraw(first.id(), "Family emergency"));

        assertThat(withdrawal.withdrawn().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(withdrawal.withdrawn().reason()).isEqualTo("Family emergency");
        assertThat(withdrawal.withdrawn().withdrawnAt()).isEqualTo(t.clock().instant());
        assertThat(withdrawal.withdrawn().version()).as("the view shows the version as written")
                .isEqualTo(f.courses.enrolments().get(first.id()).version()).isGreaterThan(first.version());
        assertThat(withdrawal.promotedFromWaitlist()).get().satisfies(p -> {
            assertThat(p.traineeId()).isEqualTo(trainees.get(2).id());
            assertThat(p.status()).isEqualTo(EnrolmentStatus.ENROLLED);
            assertThat(p.waitlistPosition()).isNull();
        });
        assertThat(t.events(EnrolmentEvent.PromotedFromWaitlist.class))
                .anySatisfy(e -> assertThat(e.traineeId()).isEqualTo(trainees.get(2).id()));
        var summary = f.courses.enrolments().summary(cohort.id());
        assertThat(summary.enrolled()).isEqualTo(2);
        assertThat(summary.waitlisted()).isEqualTo(1);
        assertThat(summary.withdrawn()).isEqualTo(1);

        // withdrawing a waitlisted trainee promotes no one
        EnrolmentView waiting = f.courses.enrolments().find(cohort.id(), trainees.get(3).id());
        assertThat(f.courses.enrolments().withdraw(new Withdraw(waiting.id(), "Changed school"))
                .promotedFromWaitlist()).isEmpty();
        assertCode(() -> f.courses.enrolments().withdraw(new Withdraw(waiting.id(), "again")),
                "courses.enrolment.illegal-transition");

        // a withdrawn trainee may apply again, and queues behind everybody
        EnrolmentView again = f.courses.enrolments().enrol(new Enrol(cohort.id(), trainees.get(0).id()));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(again.waitlistPosition()).isEqualTo(3L);
        assertThat(again.enrolledAt()).as("the earlier seat is history").isNull();
        assertThat(again.withdrawnAt()).isNull();
        assertThat(again.waitlistedAt()).isEqualTo(t.clock().instant());
    }

    @Test
    void bulkEnrolmentReportsWhatHappenedToEachTrainee() {
        CohortView cohort = f.openCohort(3, 2);
        List<TraineeView> trainees = f.trainees(6);
        f.courses.enrolments().enrol(new Enrol(cohort.id(), trainees.get(0).id()));
        UUID unknown = UUID.randomUUID();
        List<UUID> listed = List.of(trainees.get(0).id(), trainees.get(1).id(), trainees.get(2).id(), unknown,
                trainees.get(3).id(), trainees.get(1).id(), trainees.get(4).id(), trainees.get(5).id());
        t.caller().locale(Locale.forLanguageTag("ru"));
        BulkEnrolmentReport report;
        try {
            report = f.courses.enrolments().enrolAll(new EnrolMany(cohort.id(), listed));
        } finally {
            t.caller().locale(Locale.ENGLISH);
        }

        assertThat(report.lines()).extracting(BulkEnrolmentLine::traineeId).containsExactlyElementsOf(listed);
        assertThat(report.lines()).extracting(BulkEnrolmentLine::outcome).containsExactly(
                BulkOutcome.ALREADY_ENROLLED, BulkOutcome.ENROLLED, BulkOutcome.ENROLLED, BulkOutcome.REFUSED,
                BulkOutcome.WAITLISTED, BulkOutcome.ALREADY_ENROLLED, BulkOutcome.WAITLISTED, BulkOutcome.REFUSED);
        assertThat(report.lines().get(3).errorCode()).isEqualTo("courses.trainee.not-found");
        assertThat(report.lines().get(7).errorCode()).isEqualTo("courses.cohort.full");
        assertThat(report.lines().get(7).message()).doesNotContain("{0}");
        assertThat(report.lines().get(4).waitlistPosition()).isEqualTo(1L);
        assertThat(report.count(BulkOutcome.ENROLLED)).isEqualTo(2);
        var summary = f.courses.enrolments().summary(cohort.id());
        assertThat(summary.enrolled()).isEqualTo(3);
        assertThat(summary.waitlisted()).isEqualTo(2);
    }

    @Test
    void bulkEnrolmentOfThirtyTwoTeachersLeavesTwoOnTheWaitlist() {
        CohortView cohort = f.openCohort(30, null);
        BulkEnrolmentReport report = f.courses.enrolments().enrolAll(
                new EnrolMany(cohort.id(), Fixture.ids(f.trainees(32))));
        assertThat(report.count(BulkOutcome.ENROLLED)).isEqualTo(30);
        assertThat(report.count(BulkOutcome.WAITLISTED)).isEqualTo(2);
        assertThat(f.courses.cohorts().get(cohort.id()).seatsLeft()).isZero();
    }

    @Test
    void completesOrFailsOnlyEnrolledTrainees() {
        CohortView cohort = f.openCohort(1, null);
        List<TraineeView> trainees = f.trainees(2);
        EnrolmentView enrolled = f.courses.enrolments().enrol(new Enrol(cohort.id(), trainees.get(0).id()));
        EnrolmentView waiting = f.courses.enrolments().enrol(new Enrol(cohort.id(), trainees.get(1).id()));

        assertThat(f.courses.enrolments().markCompleted(enrolled.id()).status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertCode(() -> f.courses.enrolments().markFailed(enrolled.id(), "late"), "courses.enrolment.illegal-transition");
        assertCode(() -> f.courses.enrolments().markCompleted(waiting.id()), "courses.enrolment.illegal-transition");
        assertCode(() -> f.courses.enrolments().get(UUID.randomUUID()), "courses.enrolment.not-found");
    }

    @Test
    void theRosterTakesTheSameStatementsForTenAndForAThousandEnrolments() {
        CohortView small = f.openCohort(10, null);
        CohortView large = f.openCohort(900, null);
        f.courses.enrolments().enrolAll(new EnrolMany(small.id(), Fixture.ids(f.trainees(10))));
        f.courses.enrolments().enrolAll(new EnrolMany(large.id(), Fixture.ids(f.trainees(1000))));

        long forSmall = t.statementsOf(() -> f.courses.enrolments().roster(RosterQuery.open(small.id(), 500)));
        long forOnePageOfLarge = t.statementsOf(() -> f.courses.enrolments().roster(RosterQuery.open(large.id(), 500)));
        List<RosterEntry> all = new ArrayList<>();
        long forLarge = t.statementsOf(() -> {
            for (int page = 0; page < 2; page++) {
                all.addAll(f.courses.enrolments().roster(new RosterQuery(large.id(),
                        EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED),
                        new PageRequest(page, 500))).items());
            }
        });

        System.out.printf("[%s] roster: %d statements for 10 enrolments, %d for a page of 500 of 1,000, "
                + "%d for both pages%n", org.ustoz.core.testing.TestDatabase.kind(), forSmall, forOnePageOfLarge, forLarge);
        assertThat(forSmall).isEqualTo(2);
        assertThat(forOnePageOfLarge).isEqualTo(forSmall);
        assertThat(forLarge).isEqualTo(2 * forSmall);
        assertThat(all).hasSize(1000);
        assertThat(all.subList(0, 900)).allSatisfy(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED));
        assertThat(all.subList(900, 1000)).extracting(RosterEntry::waitlistPosition)
                .isSortedAccordingTo(Long::compare);
        assertThat(all.get(0).fullName()).contains("Раҳимов");
    }

    @Test
    void bulkEnrolmentIsBatched() {
        CohortView a = f.openCohort(50, null);
        CohortView b = f.openCohort(500, null);
        List<UUID> few = Fixture.ids(f.trainees(50));
        List<UUID> many = Fixture.ids(f.trainees(500));
        long forFew = t.statementsOf(() -> f.courses.enrolments().enrolAll(new EnrolMany(a.id(), few)));
        long forMany = t.statementsOf(() -> f.courses.enrolments().enrolAll(new EnrolMany(b.id(), many)));
        System.out.printf("[%s] bulk enrolment: %d statements for 50 trainees, %d for 500%n",
                org.ustoz.core.testing.TestDatabase.kind(), forFew, forMany);
        // lock, trainees, existing enrolments, inserts in batches of 50, the cohort's update
        assertThat(forFew).isLessThanOrEqualTo(6);
        assertThat(forMany).isLessThanOrEqualTo(forFew + 9);
    }
}
