package org.ustoz.examples.console;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ustoz.assessments.Assessments;
import org.ustoz.courses.Courses;
import org.ustoz.courses.attendance.AttendanceSheetLine;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordAttendance;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.ModuleView;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.Verification;
import org.ustoz.courses.completion.CompletionLine;
import org.ustoz.courses.completion.CompletionReport;
import org.ustoz.courses.completion.CriterionSetting;
import org.ustoz.courses.completion.ExcusedAbsences;
import org.ustoz.courses.completion.SetCompletionRules;
import org.ustoz.courses.completion.UnmetCriterion;
import org.ustoz.courses.progress.CohortDashboard;
import org.ustoz.courses.progress.TraineeProgress;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.timetable.TraineeTimetableQuery;

/**
 * The second half of the demo: the seminar's two weeks. A timetable of twenty sessions, attendance
 * with a few absences, the at-risk dashboard half-way, completion, certificates, a verification and
 * one certificate as a PDF file.
 */
final class SeminarDelivery {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 30);

    private final PrintStream out;
    private final Courses courses;
    private final DemoClock clock;
    private final SeminarAssessments assessments;

    SeminarDelivery(PrintStream out, Courses courses, Assessments assessments, DemoClock clock) {
        this.out = out;
        this.courses = courses;
        this.clock = clock;
        this.assessments = new SeminarAssessments(out, assessments, clock);
    }

    void run(UUID cohortId, CourseView course) {
        List<SessionView> sessions = timetable(cohortId, course);
        courses.cohorts().start(cohortId);
        List<AttendanceSheetLine> sheet = courses.attendance().sheet(sessions.get(0).id());
        courses.completion().setRules(new SetCompletionRules(cohortId, new BigDecimal("80"),
                ExcusedAbsences.NOT_COUNTED, List.of(course.modules().get(0).id()),
                List.of(CriterionSetting.of("assessments.final-grade-at-least", "percent", "60")), true));
        assessments.prepare(cohortId, sheet);
        assessments.runPreTest(); // Mon 4 Aug 08:05, before the first session
        attendance(sessions, sheet, 0, 10);
        clock.set(sessions.get(9).endsAt());
        dashboard(cohortId, "after the first week");
        attendance(sessions, sheet, 10, sessions.size());
        assessments.runPostTestAndProject(); // Fri 15 Aug 15:35, in the last session
        assessments.printGradebook();
        assessments.printLearningGain();
        assessments.printItemAnalysis();
        clock.set(sessions.get(sessions.size() - 1).endsAt());
        CompletionReport report = complete(cohortId);
        certificates(cohortId, report);
    }

    // ---------------------------------------------------------------- 8. timetable
    private List<SessionView> timetable(UUID cohortId, CourseView course) {
        heading("8. Timetable: two weeks, twenty sessions");
        List<SessionView> sessions = new ArrayList<>();
        List<ModuleView> modules = course.modules();
        int k = 0;
        for (LocalDate day = LocalDate.of(2025, 8, 4); !day.isAfter(LocalDate.of(2025, 8, 15)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (LocalTime start : List.of(MORNING, AFTERNOON)) {
                ModuleView module = modules.get(Math.min(k * modules.size() / 20, modules.size() - 1));
                ZonedDateTime from = ZonedDateTime.of(day, start, SEOUL);
                sessions.add(courses.timetable().schedule(new ScheduleSession(cohortId, module.id(), null,
                        from.toInstant(), from.plusHours(3).toInstant(), "Hall 2, Sejong Education Training Institute",
                        null, null)));
                k++;
            }
        }
        TextTable table = new TextTable("Module", "Seoul (cohort)", "Dushanbe (trainee)", "Minutes");
        for (SessionView s : sessions.subList(0, 4)) {
            table.row(s.moduleCode(), DAY_TIME.format(s.localStart()),
                    DAY_TIME.format(s.startsAt().atZone(ZoneId.of("Asia/Dushanbe"))), s.durationMinutes());
        }
        table.print(out);
        out.println("  … and " + (sessions.size() - 4) + " more, until " + DAY_TIME.format(
                sessions.get(sessions.size() - 1).localEnd()) + " in Seoul.");
        return sessions;
    }

    // ---------------------------------------------------------------- 9. attendance
    private void attendance(List<SessionView> sessions, List<AttendanceSheetLine> sheet, int from, int to) {
        if (from == 0) {
            heading("9. Attendance, one call per session");
        }
        for (int s = from; s < to; s++) {
            SessionView session = sessions.get(s);
            clock.set(session.startsAt().plusSeconds(15 * 60));
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < sheet.size(); i++) {
                UUID trainee = sheet.get(i).traineeId();
                if (i == 0 && s % 3 == 0) {
                    marks.add(Mark.absent(trainee)); // misses every third session
                } else if (i == 1 && s == 4) {
                    marks.add(Mark.excused(trainee, "Called to the embassy"));
                } else if (i == 1 && s == 5) {
                    marks.add(Mark.absent(trainee));
                } else if (i == 2 && s % 5 == 1) {
                    marks.add(Mark.late(trainee, 20));
                } else {
                    marks.add(Mark.present(trainee));
                }
            }
            courses.attendance().recordSession(new RecordSessionAttendance(session.id(), marks, null));
        }
        if (from == 0) {
            out.println("  Recorded " + to + " sessions for " + sheet.size() + " teachers.");
            clock.set(sessions.get(1).endsAt().plusSeconds(3600));
            courses.attendance().record(new RecordAttendance(sessions.get(1).id(), Mark.late(
                    sheet.get(3).traineeId(), 10), "Came in during the first exercise"));
            out.println("  Corrected one line of session 2 (present → 10 minutes late), with the reason kept.");
        }
    }

    private void dashboard(UUID cohortId, String when) {
        CohortDashboard d = courses.progress().dashboard(cohortId);
        subheading("At-risk dashboard " + when + " (" + d.sessionsHeld() + " of " + d.sessions()
                + " sessions held, minimum " + d.minimumPercent().stripTrailingZeros().toPlainString() + " %)");
        TextTable table = new TextTable("Name", "Attended", "Rate %", "Best %", "Minutes", "Risk")
                .alignRight(1, 2, 3, 4);
        for (TraineeProgress p : d.trainees().subList(0, 4)) {
            table.row(p.fullName(), p.sessionsAttended() + "/" + p.sessionsHeld(), p.attendancePercent(),
                    p.bestReachablePercent(), p.minutesPresent(), p.risk());
        }
        table.print(out);
        out.println("  Cohort average " + d.averagePercent() + " %, " + d.atRisk() + " at risk.");
    }

    // ---------------------------------------------------------------- 10. completion
    private CompletionReport complete(UUID cohortId) {
        heading("10. Completion (80 % attendance, module M1 and a final grade of 60 %)");
        CompletionReport report = courses.completion().evaluate(cohortId);
        out.println("  Completed " + report.completed() + ", failed " + report.failed() + ", certificates issued "
                + report.certificatesIssued() + ".");
        TextTable table = new TextTable("Name", "Rate %", "Status", "Unmet", "Certificate").alignRight(1);
        for (CompletionLine line : report.lines().subList(0, 4)) {
            table.row(line.fullName(), line.attendancePercent(), line.status(),
                    line.unmet().isEmpty() ? "—" : String.join("; ", line.unmet().stream()
                            .map(UnmetCriterion::message).toList()),
                    line.certificateCode() == null ? "—" : line.certificateCode());
        }
        table.print(out);
        CompletionReport again = courses.completion().evaluate(cohortId);
        out.println("  Evaluated again: " + again.changed() + " changes (idempotent).");
        return report;
    }

    // ---------------------------------------------------------------- 11. certificates
    private void certificates(UUID cohortId, CompletionReport report) {
        heading("11. Certificates");
        CertificateView zarina = courses.certificates().ofCohort(cohortId).stream()
                .filter(c -> c.traineeName().equals("Зарина Раҳмонова")).findFirst()
                .orElse(courses.certificates().ofCohort(cohortId).get(0));
        Verification ok = courses.certificates().verify(zarina.code().toLowerCase(Locale.ROOT).replace("-", " "));
        TextTable table = new TextTable("Verified", "Result", "Name", "Course (ko)");
        table.row(zarina.code().toLowerCase(Locale.ROOT).replace("-", " "), ok.result(), ok.traineeName(),
                ok.courseTitle().get(Locale.KOREAN));
        table.row("ABCD-EFGH-JKMN-PQRS-T", courses.certificates().verify("ABCD-EFGH-JKMN-PQRS-T").result(), "—", "—");
        table.print(out);
        try {
            Path file = Files.createTempDirectory("ustoz-demo").resolve("certificate-" + zarina.code() + ".pdf");
            Files.write(file, courses.certificates().pdf(zarina.id()));
            out.println("  Certificate of " + zarina.traineeName() + " written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("  " + report.lines().size() + " teachers assessed; codes carry 80 random bits.");
    }

    private void heading(String text) {
        out.println();
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    private void subheading(String text) {
        out.println();
        out.println("  " + text);
        out.println("  " + "-".repeat(text.length()));
    }
}
