package org.ustoz.examples.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.Courses;
import org.ustoz.courses.attendance.AttendanceSheetLine;
import org.ustoz.courses.attendance.AttendanceStatus;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.attendance.SessionAttendance;
import org.ustoz.courses.catalogue.CourseQuery;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.cohort.CohortQuery;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.RosterEntry;
import org.ustoz.courses.enrolment.RosterQuery;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.enrolment.Withdrawal;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.timetable.TraineeTimetableQuery;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server-rendered pages. Each action runs in a Spring transaction ({@link Tx}) that Ustoz joins; a
 * domain error is shown on the page in the user's language, with its code.
 */
@Controller
public class PagesController {

    private static final int ROSTER_PAGE = 100;

    private final Courses courses;
    private final Tx tx;

    public PagesController(Courses courses, Tx tx) {
        this.courses = courses;
        this.tx = tx;
    }

    /** One line of a timetable, in the zone the viewer chose. */
    public record SessionRow(UUID id, String module, String title, String starts, String ends, String room,
            String status) {
    }

    // ---------------------------------------------------------------- programmes and cohorts

    @GetMapping("/")
    public String home(Model model, Locale locale) {
        tx.read(() -> {
            model.addAttribute("courses", courses.catalogue().list(CourseQuery.all()).items().stream()
                    .map(c -> Map.of("code", c.code(), "title", Display.text(c.title(), locale),
                            "hours", c.totalHours().stripTrailingZeros().toPlainString(),
                            "status", c.status().name(), "modules", c.moduleCount()))
                    .toList());
            model.addAttribute("cohorts", courses.cohorts().list(CohortQuery.all()).items().stream()
                    .map(c -> Map.of("id", c.id(), "code", c.code(), "title", Display.text(c.title(), locale),
                            "dates", Display.date(c.startDate(), locale) + " – " + Display.date(c.endDate(), locale),
                            "status", c.status().name(), "enrolled", c.enrolledCount(),
                            "capacity", c.capacity(), "waitlisted", c.waitlistedCount()))
                    .toList());
            return null;
        });
        return "index";
    }

    // ---------------------------------------------------------------- a cohort: roster, enrol, withdraw

    @GetMapping("/cohorts/{id}")
    public String cohort(@PathVariable UUID id, @RequestParam(required = false) String q, Model model,
            Locale locale) {
        tx.read(() -> {
            CohortView cohort = courses.cohorts().get(id);
            model.addAttribute("cohort", cohort);
            model.addAttribute("title", Display.text(cohort.title(), locale));
            model.addAttribute("dates", Display.date(cohort.startDate(), locale) + " – "
                    + Display.date(cohort.endDate(), locale));
            model.addAttribute("summary", courses.enrolments().summary(id));
            Page<RosterEntry> roster = courses.enrolments().roster(new RosterQuery(id,
                    EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED,
                            EnrolmentStatus.FAILED),
                    PageRequest.first(ROSTER_PAGE)));
            model.addAttribute("roster", roster.items());
            if (q != null && !q.isBlank()) {
                model.addAttribute("q", q);
                model.addAttribute("candidates", courses.trainees().search(TraineeSearch.of(q.strip())).items());
            }
            return null;
        });
        return "cohort";
    }

    @PostMapping("/cohorts/{id}/enrolments")
    public String enrol(@PathVariable UUID id, @RequestParam(required = false) UUID traineeId,
            RedirectAttributes redirect, Locale locale) {
        try {
            EnrolmentView enrolment = tx.write(() -> courses.enrolments().enrol(new Enrol(id, traineeId)));
            TraineeView trainee = tx.read(() -> courses.trainees().get(traineeId));
            redirect.addFlashAttribute("notice", enrolment.status() == EnrolmentStatus.WAITLISTED
                    ? new Notice("notice.waitlisted", trainee.fullName(), enrolment.waitlistPosition())
                    : new Notice("notice.enrolled", trainee.fullName(), null));
        } catch (UstozException e) {
            redirect.addFlashAttribute("problem", Problem.of(e, locale));
        }
        return "redirect:/cohorts/" + id;
    }

    @PostMapping("/cohorts/{id}/withdrawals")
    public String withdraw(@PathVariable UUID id, @RequestParam(required = false) UUID enrolmentId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        try {
            Withdrawal withdrawal = tx.write(() -> courses.enrolments().withdraw(new Withdraw(enrolmentId, reason)));
            String promoted = withdrawal.promotedFromWaitlist()
                    .map(p -> tx.read(() -> courses.trainees().get(p.traineeId())).fullName()).orElse(null);
            redirect.addFlashAttribute("notice", promoted == null ? new Notice("notice.withdrawn", null, null)
                    : new Notice("notice.withdrawnPromoted", promoted, null));
        } catch (UstozException e) {
            redirect.addFlashAttribute("problem", Problem.of(e, locale));
        }
        return "redirect:/cohorts/" + id;
    }

    // ---------------------------------------------------------------- trainees

    @GetMapping("/trainees")
    public String trainees(@RequestParam(required = false) String q, Model model) {
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("found", tx.read(() -> courses.trainees().search(TraineeSearch.of(q.strip()))).items());
        }
        return "trainees";
    }

    // ---------------------------------------------------------------- timetables

    @GetMapping("/cohorts/{id}/timetable")
    public String cohortTimetable(@PathVariable UUID id, @RequestParam(required = false) String zone, Model model,
            Locale locale) {
        tx.read(() -> {
            CohortView cohort = courses.cohorts().get(id);
            ZoneId shown = Display.zone(zone, cohort.timeZone());
            model.addAttribute("heading", cohort.code());
            model.addAttribute("cohort", cohort);
            model.addAttribute("zone", shown.getId());
            model.addAttribute("zones", Display.zones(cohort.timeZone().getId(), shown.getId()));
            model.addAttribute("sessions", rows(courses.timetable().cohortTimetable(id), shown, locale));
            return null;
        });
        return "timetable";
    }

    @GetMapping("/trainees/{id}/timetable")
    public String traineeTimetable(@PathVariable UUID id, @RequestParam(required = false) String zone, Model model,
            Locale locale) {
        tx.read(() -> {
            TraineeView trainee = courses.trainees().get(id);
            ZoneId own = trainee.timeZone() != null ? trainee.timeZone() : ZoneId.of("UTC");
            ZoneId shown = Display.zone(zone, own);
            model.addAttribute("heading", trainee.fullName());
            model.addAttribute("trainee", trainee);
            model.addAttribute("zone", shown.getId());
            model.addAttribute("zones", Display.zones(own.getId(), shown.getId()));
            model.addAttribute("sessions", rows(courses.timetable().traineeTimetable(
                    new TraineeTimetableQuery(id, null, null, shown.getId())), shown, locale));
            return null;
        });
        return "timetable";
    }

    private static List<SessionRow> rows(List<SessionView> sessions, ZoneId zone, Locale locale) {
        List<SessionRow> rows = new ArrayList<>();
        for (SessionView s : sessions) {
            rows.add(new SessionRow(s.id(), s.moduleCode(), Display.text(s.title(), locale),
                    Display.dateTime(s.startsAt(), zone, locale), Display.dateTime(s.endsAt(), zone, locale),
                    s.room(), s.status().name()));
        }
        return rows;
    }

    // ---------------------------------------------------------------- attendance of one session

    @GetMapping("/sessions/{id}/attendance")
    public String attendance(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            SessionView session = courses.timetable().get(id);
            model.addAttribute("lesson", session);
            model.addAttribute("sessionTitle", Display.text(session.title(), locale));
            model.addAttribute("starts", Display.dateTime(session.startsAt(), session.zone(), locale));
            model.addAttribute("sheet", courses.attendance().sheet(id));
            model.addAttribute("statuses", AttendanceStatus.values());
            return null;
        });
        return "attendance";
    }

    /** The whole session in one call: one mark per trainee of the sheet, all or nothing. */
    @PostMapping("/sessions/{id}/attendance")
    public String recordAttendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect, Locale locale) {
        try {
            List<Mark> marks = new ArrayList<>();
            for (String trainee : form.getOrDefault("trainee", List.of())) {
                AttendanceStatus status = status(form.getFirst("status-" + trainee));
                int late = minutes(form.getFirst("late-" + trainee));
                String reason = blankToNull(form.getFirst("reason-" + trainee));
                marks.add(new Mark(traineeId(trainee), status, late, 0, reason));
            }
            SessionAttendance result = tx.write(() -> courses.attendance().recordSession(
                    new RecordSessionAttendance(id, marks, blankToNull(form.getFirst("correctionReason")))));
            redirect.addFlashAttribute("notice", new Notice("notice.attendance",
                    String.valueOf(result.created()), (long) result.corrected()));
        } catch (UstozException e) {
            redirect.addFlashAttribute("problem", Problem.of(e, locale));
        }
        return "redirect:/sessions/" + id + "/attendance";
    }

    /** A status the form offers, else 400: the form was not ours. */
    private static AttendanceStatus status(String value) {
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown attendance status");
    }

    /** A trainee id as the form writes it (a canonical UUID), else 400. */
    static UUID traineeId(String value) {
        if (value == null || !StrictJson.CANONICAL_UUID.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed trainee id");
        }
        return UUID.fromString(value);
    }

    private static int minutes(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1; // refused by Ustoz's validation, with the field named
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---------------------------------------------------------------- progress and certificates

    @GetMapping("/cohorts/{id}/dashboard")
    public String dashboard(@PathVariable UUID id, Model model) {
        tx.read(() -> {
            model.addAttribute("cohort", courses.cohorts().get(id));
            model.addAttribute("dashboard", courses.progress().dashboard(id));
            return null;
        });
        return "dashboard";
    }

    @GetMapping("/cohorts/{id}/certificates")
    public String certificates(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            model.addAttribute("cohort", courses.cohorts().get(id));
            List<CertificateView> certificates = courses.certificates().ofCohort(id);
            model.addAttribute("certificates", certificates);
            model.addAttribute("issued", certificates.stream()
                    .map(c -> Display.dateTime(c.issuedAt(), c.timeZone(), locale)).toList());
            return null;
        });
        return "certificates";
    }

    @GetMapping("/certificates/{id}.pdf")
    public ResponseEntity<byte[]> certificatePdf(@PathVariable UUID id) {
        CertificateView certificate = tx.read(() -> courses.certificates().get(id));
        byte[] pdf = tx.read(() -> courses.certificates().pdf(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.code() + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/verify")
    public String verify(@RequestParam(required = false) String code, Model model, Locale locale) {
        if (code != null && !code.isBlank()) {
            var verification = tx.read(() -> courses.certificates().verify(code));
            model.addAttribute("code", code);
            model.addAttribute("verification", verification);
            model.addAttribute("course", Display.text(verification.courseTitle(), locale));
            model.addAttribute("dates", verification.startDate() == null ? ""
                    : Display.date(verification.startDate(), locale) + " – " + Display.date(verification.endDate(), locale));
        }
        return "verify";
    }

    // ---------------------------------------------------------------- errors on pages

    /** An unknown id or another domain error while showing a page: the message in the user's language. */
    @ExceptionHandler(UstozException.class)
    public String domainError(UstozException e, HttpServletRequest request, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        HttpStatus status = ProblemDetailsAdvice.status(e);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("problem", Problem.of(e, locale));
        return "problem";
    }

    /** A message key of the page with its arguments, shown once after a redirect. */
    public record Notice(String key, String name, Long number) {
    }

    /** A domain error as a page shows it: the localized message, the code, and the fields at fault. */
    public record Problem(String code, String message, List<String> fields) {
        static Problem of(UstozException e, Locale locale) {
            List<String> fields = e instanceof ValidationFailedException v
                    ? v.violations().stream().map(x -> x.toString()).toList() : List.of();
            return new Problem(e.code(), Display.message(e, locale), fields);
        }
    }

}
