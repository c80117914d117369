package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.courses.Fixture.seoul;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.id.Ids;
import org.ustoz.courses.attendance.AttendanceCorrection;
import org.ustoz.courses.attendance.AttendanceEvent;
import org.ustoz.courses.attendance.AttendanceSheetLine;
import org.ustoz.courses.attendance.AttendanceStatus;
import org.ustoz.courses.attendance.AttendanceView;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordAttendance;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.attendance.SessionAttendance;
import org.ustoz.courses.progress.CohortDashboard;
import org.ustoz.courses.progress.ProgressEvent;
import org.ustoz.courses.progress.Risk;
import org.ustoz.courses.progress.TraineeProgress;
import org.ustoz.courses.trainee.TraineeView;

class AttendanceTest extends ServiceTest {

    private static List<Mark> allPresent(Fixture.Running k) {
        return k.trainees().stream().map(tr -> Mark.present(tr.id())).toList();
    }

    @Test
    void aWholeSessionIsRecordedInOneCallAndCorrectionsKeepWhoWhenAndWhy() {
        Fixture.Running k = f.running(4, 2);
        UUID session = k.sessions().get(0).id();
        List<TraineeView> tr = k.trainees();
        t.clock().set(seoul(4, 9, 5));
        t.events().clear();
        t.caller().actor("facilitator-1");
        SessionAttendance first = f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                Mark.present(tr.get(0).id()), Mark.late(tr.get(1).id(), 15), Mark.absent(tr.get(2).id()),
                Mark.excused(tr.get(3).id(), "Sick leave, certificate from the clinic")), null));
        assertThat(first.created()).isEqualTo(4);
        assertThat(first.records()).extracting(AttendanceView::recordedBy).containsOnly("facilitator-1");
        AttendanceView late = first.records().stream().filter(r -> r.traineeId().equals(tr.get(1).id())).findFirst()
                .orElseThrow();
        assertThat(late.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(late.minutesPresent()).isEqualTo(120 - 15);
        assertThat(t.events(AttendanceEvent.Recorded.class)).singleElement()
                .satisfies(e -> assertThat(e.recorded()).hasSize(4));

        // a correction needs its reason, and then keeps it
        assertCode(() -> f.courses.attendance().record(new RecordAttendance(session, Mark.present(tr.get(2).id()),
                null)), "courses.attendance.correction-reason-required");
        t.caller().actor("coordinator-7");
        t.clock().set(seoul(4, 18, 0));
        AttendanceView corrected = f.courses.attendance().record(new RecordAttendance(session,
                Mark.leftEarly(tr.get(2).id(), 30), "She arrived; the sheet was signed after the break"));
        assertThat(corrected.leftEarlyMinutes()).isEqualTo(30);
        List<AttendanceCorrection> history = f.courses.attendance().corrections(session, tr.get(2).id());
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("coordinator-7");
            assertThat(c.changedAt()).isEqualTo(seoul(4, 18, 0));
            assertThat(c.why()).startsWith("She arrived");
            assertThat(c.previousStatus()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(c.newStatus()).isEqualTo(AttendanceStatus.PRESENT);
            assertThat(c.newLeftEarlyMinutes()).isEqualTo(30);
        });

        // the same sheet again changes nothing and needs no reason
        t.events().clear();
        SessionAttendance again = f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                Mark.present(tr.get(0).id()), Mark.late(tr.get(1).id(), 15)), null));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.corrected()).isZero();
        assertThat(t.events(AttendanceEvent.Recorded.class)).isEmpty();

        List<AttendanceSheetLine> sheet = f.courses.attendance().sheet(session);
        assertThat(sheet).hasSize(4).allSatisfy(l -> assertThat(l.attendance()).isNotNull());
        t.caller().actor(null);
    }

    @Test
    void badLinesAreRefusedWithTheirNumberAndChangeNothing() {
        Fixture.Running k = f.running(3, 2);
        Fixture.Running other = f.running(1, 0);
        UUID session = k.sessions().get(0).id();
        List<TraineeView> tr = k.trainees();
        t.clock().set(seoul(4, 8, 59));
        assertCode(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, allPresent(k),
                null)), "courses.attendance.too-early");
        t.clock().set(seoul(4, 9, 0));
        assertThatThrownBy(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                Mark.present(tr.get(0).id()), Mark.present(other.trainees().get(0).id())), null)))
                .isInstanceOfSatisfying(org.ustoz.core.error.UstozException.class, e -> {
                    assertThat(e.code()).isEqualTo("courses.attendance.not-enrolled");
                    assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("Line 2: trainee");
                });
        assertCode(() -> f.courses.attendance().record(new RecordAttendance(session, Mark.present(Ids.newId()), null)),
                "courses.attendance.not-enrolled");
        assertThatThrownBy(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                Mark.present(tr.get(0).id()), new Mark(tr.get(1).id(), AttendanceStatus.PRESENT, -5, 0, null)), null)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.fields()).contains("marks[1].lateMinutes"));
        assertCode(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                new Mark(tr.get(0).id(), AttendanceStatus.PRESENT, 60, 60, null)), null)),
                "courses.attendance.minutes-invalid");
        assertCode(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                new Mark(tr.get(0).id(), AttendanceStatus.ABSENT, 10, 0, null)), null)),
                "courses.attendance.minutes-invalid");
        assertCode(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                Mark.excused(tr.get(0).id(), " ")), null)), "courses.attendance.reason-required");
        assertCode(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(session, List.of(
                Mark.present(tr.get(0).id()), Mark.absent(tr.get(0).id())), null)),
                "courses.attendance.duplicate-trainee");
        assertCode(() -> f.courses.attendance().recordSession(new RecordSessionAttendance(Ids.newId(),
                allPresent(k), null)), "courses.session.not-found");
        assertThat(f.courses.attendance().sheet(session)).allSatisfy(l -> assertThat(l.attendance()).isNull());
        // once attendance exists, the session stays where it is
        f.courses.attendance().recordSession(new RecordSessionAttendance(session, allPresent(k), null));
        assertCode(() -> f.courses.timetable().cancel(session, "moved"), "courses.session.has-attendance");
    }

    @Test
    void theDashboardFlagsThoseBelowTheThresholdAndThoseWhoCanNoLongerReachIt() {
        Fixture.Running k = f.running(3, 10); // 10 sessions; 80 % means at most 2 missed
        List<TraineeView> tr = k.trainees();
        TraineeView always = tr.get(0);
        TraineeView missedOne = tr.get(1);
        TraineeView missedThree = tr.get(2);
        t.events().clear();
        for (int s = 0; s < 3; s++) {
            t.clock().set(k.sessions().get(s).startsAt().plusSeconds(60));
            List<Mark> marks = new ArrayList<>();
            marks.add(s == 1 ? Mark.late(always.id(), 20) : Mark.present(always.id()));
            marks.add(s == 0 ? Mark.absent(missedOne.id()) : Mark.present(missedOne.id()));
            marks.add(Mark.absent(missedThree.id()));
            f.courses.attendance().recordSession(new RecordSessionAttendance(k.sessions().get(s).id(), marks, null));
        }
        CohortDashboard d = f.courses.progress().dashboard(k.id());
        assertThat(d.sessions()).isEqualTo(10);
        assertThat(d.sessionsHeld()).isEqualTo(3);
        assertThat(d.minimumPercent()).isEqualByComparingTo("80");
        assertThat(d.atRisk()).isEqualTo(2);
        assertThat(d.trainees().get(0).risk().atRisk()).as("at risk first").isTrue();
        TraineeProgress a = row(d, always);
        assertThat(a.risk()).isEqualTo(Risk.ON_TRACK);
        assertThat(a.attendancePercent()).isEqualByComparingTo("100.0");
        assertThat(a.sessionsLate()).isEqualTo(1);
        assertThat(a.minutesPresent()).isEqualTo(3 * 120 - 20);
        TraineeProgress b = row(d, missedOne);
        assertThat(b.risk()).isEqualTo(Risk.BELOW_THRESHOLD);
        assertThat(b.attendancePercent()).isEqualByComparingTo("66.7");
        assertThat(b.bestReachablePercent()).isEqualByComparingTo("90.0");
        TraineeProgress c = row(d, missedThree);
        assertThat(c.risk()).isEqualTo(Risk.CANNOT_REACH);
        assertThat(c.bestReachablePercent()).isEqualByComparingTo("70.0");
        assertThat(c.modules()).extracting(m -> m.moduleCode()).containsExactly("M1", "M2");
        assertThat(d.averagePercent()).isEqualByComparingTo("55.6");

        assertThat(t.events(ProgressEvent.TraineeAtRisk.class))
                .extracting(ProgressEvent.TraineeAtRisk::traineeId, ProgressEvent.TraineeAtRisk::risk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(missedOne.id(), Risk.BELOW_THRESHOLD),
                        org.assertj.core.groups.Tuple.tuple(missedThree.id(), Risk.BELOW_THRESHOLD),
                        org.assertj.core.groups.Tuple.tuple(missedThree.id(), Risk.CANNOT_REACH));
        TraineeProgress single = f.courses.progress().ofTrainee(k.id(), missedOne.id());
        assertThat(single).isEqualTo(b);
        assertThat(single.sessionsAbsent()).isEqualTo(1);
    }

    private static TraineeProgress row(CohortDashboard d, TraineeView tr) {
        return d.trainees().stream().filter(p -> p.traineeId().equals(tr.id())).findFirst().orElseThrow();
    }

    @Test
    void recordingASessionTakesTheSameStatementsFor30And300Trainees() {
        long small = statementsToRecord(f.running(30, 1));
        long large = statementsToRecord(f.running(300, 1));
        System.out.printf("Attendance of one session: %d statements for 30 trainees, %d for 300%n", small, large);
        assertThat(large).isEqualTo(small);
    }

    private long statementsToRecord(Fixture.Running k) {
        t.clock().set(k.sessions().get(0).startsAt().plusSeconds(600));
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < k.trainees().size(); i++) {
            UUID id = k.trainees().get(i).id();
            marks.add(i % 10 == 0 ? Mark.absent(id) : i % 7 == 0 ? Mark.late(id, 5) : Mark.present(id));
        }
        return t.statementsOf(() -> f.courses.attendance().recordSession(
                new RecordSessionAttendance(k.sessions().get(0).id(), marks, null)));
    }

    @Test
    void theDashboardTakesTheSameStatementsFor10By5And300By40() {
        Fixture.Running small = f.running(10, 5);
        Fixture.Running large = f.running(300, 40);
        markAll(small);
        markAll(large);
        t.clock().set(seoul(16, 0, 0));
        long s = t.statementsOf(() -> f.courses.progress().dashboard(small.id()));
        long l = t.statementsOf(() -> assertThat(f.courses.progress().dashboard(large.id()).trainees()).hasSize(300));
        System.out.printf("Cohort dashboard: %d statements for 10 trainees x 5 sessions, %d for 300 x 40%n", s, l);
        assertThat(l).isEqualTo(s);
        CohortDashboard d = f.courses.progress().dashboard(large.id());
        assertThat(d.sessionsHeld()).isEqualTo(40);
        assertThat(d.trainees()).allSatisfy(p -> assertThat(p.sessionsHeld()).isEqualTo(40));
        assertThat(d.averagePercent()).isEqualByComparingTo(new BigDecimal("90.0"));
    }

    /** Everyone present, but every tenth trainee absent from every tenth session... */
    private void markAll(Fixture.Running k) {
        for (int s = 0; s < k.sessions().size(); s++) {
            t.clock().set(k.sessions().get(s).startsAt());
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < k.trainees().size(); i++) {
                UUID id = k.trainees().get(i).id();
                marks.add((i + s) % 10 == 0 ? Mark.absent(id) : Mark.present(id));
            }
            f.courses.attendance().recordSession(new RecordSessionAttendance(k.sessions().get(s).id(), marks, null));
        }
    }
}
