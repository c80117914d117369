package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ustoz.courses.Fixture.seoul;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.error.ErrorKind;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordAttendance;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.certificate.CertificateEvent;
import org.ustoz.courses.completion.CompletionCriterion;
import org.ustoz.courses.completion.CompletionLine;
import org.ustoz.courses.completion.CompletionReport;
import org.ustoz.courses.completion.CompletionRules;
import org.ustoz.courses.completion.CriterionContext;
import org.ustoz.courses.completion.CriterionSetting;
import org.ustoz.courses.completion.ExcusedAbsences;
import org.ustoz.courses.completion.SetCompletionRules;
import org.ustoz.courses.completion.UnmetCriterion;
import org.ustoz.courses.completion.Verdict;
import org.ustoz.courses.enrolment.EnrolmentEvent;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.trainee.TraineeView;

class CompletionTest extends ServiceTest {

    /** A contributed criterion, as the assessments module will add one: passes the trainees it is told to. */
    static final class PassedList implements CompletionCriterion {

        final Map<UUID, Boolean> passed = new HashMap<>();

        @Override
        public String type() {
            return "test.post-test-passed";
        }

        @Override
        public String problemWith(Map<String, String> parameters) {
            return parameters.containsKey("percent") ? null : "the parameter percent is missing";
        }

        @Override
        public Map<UUID, Verdict> evaluate(CriterionContext context, Map<String, String> parameters) {
            assertThat(context.<Boolean>withConnection(connection -> connection.getAutoCommit())).isFalse();
            Map<UUID, Verdict> verdicts = new HashMap<>();
            for (CriterionContext.Candidate c : context.candidates()) {
                verdicts.put(c.enrolmentId(), passed.getOrDefault(c.traineeId(), false) ? Verdict.met()
                        : Verdict.unmet(TestError.POST_TEST, parameters.get("percent")));
            }
            return verdicts;
        }
    }

    enum TestError implements ErrorCode {
        POST_TEST;

        @Override
        public String code() {
            return "courses.unmet.module"; // borrows a message with one argument
        }

        @Override
        public ErrorKind kind() {
            return ErrorKind.INVALID_STATE;
        }

        @Override
        public String bundle() {
            return "org.ustoz.courses.messages";
        }
    }

    private static void attend(Fixture.Running k, Map<Integer, List<Integer>> absences) {
        for (int s = 0; s < k.sessions().size(); s++) {
            t.clock().set(k.sessions().get(s).startsAt());
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < k.trainees().size(); i++) {
                boolean absent = absences.getOrDefault(i, List.of()).contains(s);
                marks.add(absent ? Mark.absent(k.trainees().get(i).id()) : Mark.present(k.trainees().get(i).id()));
            }
            f.courses.attendance().recordSession(new RecordSessionAttendance(k.sessions().get(s).id(), marks, null));
        }
    }

    @Test
    void evaluationCompletesOrFailsEachEnrolmentWithItsUnmetCriteriaAndCanBeRerun() {
        PassedList postTest = new PassedList();
        Courses courses = Courses.builder(t.ustoz()).completionCriterion(postTest).build();
        Fixture.Running k = f.running(4, 8); // M1: sessions 0-3, M2: 4-7
        List<TraineeView> tr = k.trainees();
        tr.forEach(x -> postTest.passed.put(x.id(), true));
        postTest.passed.put(tr.get(3).id(), false);
        assertCode(() -> courses.completion().setRules(new SetCompletionRules(k.id(), new BigDecimal("75"),
                ExcusedAbsences.NOT_COUNTED, List.of(), List.of(CriterionSetting.of("nobody.knows")), true)),
                "courses.completion.criterion-unknown");
        assertCode(() -> courses.completion().setRules(new SetCompletionRules(k.id(), new BigDecimal("75"),
                ExcusedAbsences.NOT_COUNTED, List.of(), List.of(CriterionSetting.of(postTest.type())), true)),
                "courses.completion.criterion-invalid");
        CompletionRules rules = courses.completion().setRules(new SetCompletionRules(k.id(), new BigDecimal("75"),
                ExcusedAbsences.NOT_COUNTED, List.of(k.course().modules().get(0).id()),
                List.of(CriterionSetting.of(postTest.type(), "percent", "60")), true));
        assertThat(rules.requiredModuleCodes()).containsExactly("M1");
        assertThat(rules.criteria()).containsExactly(CriterionSetting.of(postTest.type(), "percent", "60"));

        // trainee 1 misses 3 of 8 (62.5 %); trainee 2 misses 2 of M1's 4 (module not completed, 75 % overall)
        attend(k, Map.of(1, List.of(0, 4, 5), 2, List.of(0, 1)));
        t.clock().set(seoul(5, 17, 59));
        assertCode(() -> courses.completion().evaluate(k.id()), "courses.completion.too-early");
        t.clock().set(seoul(5, 18, 0));
        t.events().clear();
        CompletionReport report = courses.completion().evaluate(k.id());
        assertThat(report.completed()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.changed()).isEqualTo(4);
        assertThat(report.certificatesIssued()).isEqualTo(1);
        assertThat(line(report, tr.get(0)).unmet()).isEmpty();
        assertThat(line(report, tr.get(0)).certificateCode()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-.");
        assertThat(line(report, tr.get(1)).unmet()).extracting(UnmetCriterion::criterion).containsExactly("attendance");
        assertThat(line(report, tr.get(1)).unmet().get(0).message()).isEqualTo(
                "Attendance rate 62.5% is below the required 75%.");
        assertThat(line(report, tr.get(2)).unmet()).extracting(UnmetCriterion::criterion).containsExactly("module:M1");
        assertThat(line(report, tr.get(3)).unmet()).extracting(UnmetCriterion::criterion)
                .containsExactly(postTest.type());
        assertThat(f.courses.enrolments().get(line(report, tr.get(2)).enrolmentId()).unmetCriteria())
                .containsExactly("module:M1");
        assertThat(t.events(EnrolmentEvent.Completed.class)).hasSize(1);
        assertThat(t.events(EnrolmentEvent.Failed.class)).hasSize(3);
        assertThat(t.events(CertificateEvent.Issued.class)).hasSize(1);

        // idempotent
        t.events().clear();
        CompletionReport again = courses.completion().evaluate(k.id());
        assertThat(again.changed()).isZero();
        assertThat(again.certificatesIssued()).isZero();
        assertThat(again.lines()).extracting(CompletionLine::status).isEqualTo(report.lines().stream()
                .map(CompletionLine::status).toList());
        assertThat(t.events()).isEmpty();

        // a correction, then a re-run: trainee 2 was in fact there; trainee 0 was not, twice
        UUID m1First = k.sessions().get(0).id();
        courses.attendance().record(new RecordAttendance(m1First, Mark.present(tr.get(2).id()), "Signed late"));
        courses.attendance().record(new RecordAttendance(m1First, Mark.absent(tr.get(0).id()), "Signed for a friend"));
        courses.attendance().record(new RecordAttendance(k.sessions().get(1).id(), Mark.absent(tr.get(0).id()),
                "Signed for a friend"));
        CompletionReport corrected = courses.completion().evaluate(k.id());
        assertThat(corrected.changed()).isEqualTo(2);
        assertThat(line(corrected, tr.get(2)).status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(line(corrected, tr.get(0)).status()).isEqualTo(EnrolmentStatus.FAILED);
        assertThat(line(corrected, tr.get(0)).unmet()).extracting(UnmetCriterion::criterion)
                .containsExactly("module:M1");
        assertThat(corrected.certificatesRevoked()).isEqualTo(1);
        assertThat(corrected.certificatesIssued()).isEqualTo(1);
        String revokedCode = line(report, tr.get(0)).certificateCode();
        assertThat(f.courses.certificates().verify(revokedCode).result().name()).isEqualTo("REVOKED");

        // and back: the certificate revoked by the evaluation is reinstated, not issued twice
        courses.attendance().record(new RecordAttendance(m1First, Mark.present(tr.get(0).id()), "Checked the video"));
        CompletionReport back = courses.completion().evaluate(k.id());
        assertThat(line(back, tr.get(0)).certificateCode()).isEqualTo(revokedCode);
        assertThat(f.courses.certificates().ofCohort(k.id())).hasSize(2);
    }

    private static CompletionLine line(CompletionReport r, TraineeView tr) {
        return r.lines().stream().filter(l -> l.traineeId().equals(tr.id())).findFirst().orElseThrow();
    }

    @Test
    void evaluatingACohortOf1000TakesTheStatementsOfACohortOf10() {
        Fixture.Running small = f.running(10, 2);
        Fixture.Running large = f.running(1000, 2);
        attend(small, Map.of(0, List.of(0)));
        Map<Integer, List<Integer>> absent = new HashMap<>();
        for (int i = 0; i < 1000; i += 3) {
            absent.put(i, List.of(1));
        }
        attend(large, absent);
        t.clock().set(seoul(5, 0, 0));
        long s = t.statementsOf(() -> f.courses.completion().evaluate(small.id()));
        long started = System.nanoTime();
        CompletionReport[] report = new CompletionReport[1];
        long l = t.statementsOf(() -> report[0] = f.courses.completion().evaluate(large.id()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Completion evaluation: %d statements for 10 trainees, %d for 1,000 "
                + "(%d completed with certificates, %d failed) in %d ms on %s%n", s, l, report[0].completed(),
                report[0].failed(), millis, org.ustoz.core.testing.TestDatabase.kind());
        assertThat(l).isEqualTo(s);
        assertThat(report[0].completed()).isEqualTo(666);
        assertThat(report[0].certificatesIssued()).isEqualTo(666);
        long again = t.statementsOf(() -> assertThat(f.courses.completion().evaluate(large.id()).changed()).isZero());
        assertThat(again).isLessThanOrEqualTo(l);
    }
}
