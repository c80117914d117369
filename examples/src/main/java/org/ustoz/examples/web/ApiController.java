package org.ustoz.examples.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.Courses;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.attendance.SessionAttendance;
import org.ustoz.courses.catalogue.CourseQuery;
import org.ustoz.courses.catalogue.CourseSummary;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.Verification;
import org.ustoz.courses.cohort.CohortQuery;
import org.ustoz.courses.cohort.CohortSummary;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.RosterEntry;
import org.ustoz.courses.enrolment.RosterQuery;
import org.ustoz.courses.enrolment.RosterSummary;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.enrolment.Withdrawal;
import org.ustoz.courses.progress.CohortDashboard;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeView;

/**
 * The REST API: the same operations as the pages, as JSON. Every call runs in a Spring transaction
 * ({@code @Transactional}) that Ustoz joins; errors leave as problem details ({@link ProblemDetailsAdvice}).
 * The OpenAPI description is served at {@code /v3/api-docs}, the Swagger UI at {@code /swagger-ui.html}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Transactional
public class ApiController {

    private final Courses courses;

    public ApiController(Courses courses) {
        this.courses = courses;
    }

    /** A cohort with its seats and its roster (enrolled and waitlisted, up to 500). */
    public record CohortDetails(CohortView cohort, RosterSummary summary, List<RosterEntry> roster) {
    }

    /** Enrol this trainee. */
    public record EnrolRequest(UUID traineeId) {
    }

    /** Withdraw, for this reason. */
    public record WithdrawRequest(String reason) {
    }

    /** Attendance of a whole session: one mark per trainee; a correction needs a reason. */
    public record SessionAttendanceRequest(List<Mark> marks, String correctionReason) {
    }

    /** A session of a timetable, with its local times in the zone asked for. */
    public record TimetableEntry(UUID id, String moduleCode, LocalizedText title, Instant startsAt, Instant endsAt,
            String zone, LocalDateTime localStart, LocalDateTime localEnd, String room, String status) {
        static TimetableEntry of(SessionView s, ZoneId zone) {
            return new TimetableEntry(s.id(), s.moduleCode(), s.title(), s.startsAt(), s.endsAt(), zone.getId(),
                    LocalDateTime.ofInstant(s.startsAt(), zone), LocalDateTime.ofInstant(s.endsAt(), zone), s.room(),
                    s.status().name());
        }
    }

    @GetMapping("/courses")
    @Transactional(readOnly = true)
    public Page<CourseSummary> courses() {
        return courses.catalogue().list(CourseQuery.all());
    }

    @GetMapping("/cohorts")
    @Transactional(readOnly = true)
    public Page<CohortSummary> cohorts() {
        return courses.cohorts().list(CohortQuery.all());
    }

    @GetMapping("/cohorts/{id}")
    @Transactional(readOnly = true)
    public CohortDetails cohort(@PathVariable UUID id) {
        CohortView cohort = courses.cohorts().get(id);
        List<RosterEntry> roster = courses.enrolments().roster(new RosterQuery(id,
                EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED), PageRequest.first(PageRequest.MAX_SIZE)))
                .items();
        return new CohortDetails(cohort, courses.enrolments().summary(id), roster);
    }

    @PostMapping(path = "/cohorts/{id}/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<EnrolmentView> enrol(@PathVariable UUID id, @RequestBody EnrolRequest request) {
        EnrolmentView enrolment = courses.enrolments().enrol(new Enrol(id, request.traineeId()));
        return ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.id())).body(enrolment);
    }

    @GetMapping("/enrolments/{id}")
    @Transactional(readOnly = true)
    public EnrolmentView enrolment(@PathVariable UUID id) {
        return courses.enrolments().get(id);
    }

    @PostMapping(path = "/enrolments/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Withdrawal withdraw(@PathVariable UUID id, @RequestBody WithdrawRequest request) {
        return courses.enrolments().withdraw(new Withdraw(id, request.reason()));
    }

    /** Trainees whose name matches, in any script: "Rahmonova" finds "Раҳмонова". */
    @GetMapping("/trainees")
    @Transactional(readOnly = true)
    public Page<TraineeView> searchTrainees(@RequestParam(name = "q", required = false) String text) {
        return courses.trainees().search(TraineeSearch.of(text));
    }

    /** A cohort's sessions, with local times in the zone asked for (the cohort's own by default). */
    @GetMapping("/cohorts/{id}/timetable")
    @Transactional(readOnly = true)
    public List<TimetableEntry> timetable(@PathVariable UUID id, @RequestParam(required = false) String zone) {
        CohortView cohort = courses.cohorts().get(id);
        ZoneId shown = zone == null || zone.isBlank() ? cohort.timeZone() : ZoneId.of(zone);
        return courses.timetable().cohortTimetable(id).stream().map(s -> TimetableEntry.of(s, shown)).toList();
    }

    /** Records the attendance of a whole session in one call, all or nothing. */
    @PutMapping(path = "/sessions/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SessionAttendance recordAttendance(@PathVariable UUID id, @RequestBody SessionAttendanceRequest request) {
        return courses.attendance().recordSession(
                new RecordSessionAttendance(id, request.marks(), request.correctionReason()));
    }

    @GetMapping("/cohorts/{id}/dashboard")
    @Transactional(readOnly = true)
    public CohortDashboard dashboard(@PathVariable UUID id) {
        return courses.progress().dashboard(id);
    }

    @GetMapping("/cohorts/{id}/certificates")
    @Transactional(readOnly = true)
    public List<CertificateView> certificates(@PathVariable UUID id) {
        return courses.certificates().ofCohort(id);
    }

    @GetMapping(path = "/certificates/{id}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> certificatePdf(@PathVariable UUID id) {
        CertificateView certificate = courses.certificates().get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.code() + ".pdf").build().toString())
                .body(courses.certificates().pdf(id));
    }

    /** Valid, revoked (with the reason) or unknown; never an error. */
    @GetMapping("/certificates/verification")
    @Transactional(readOnly = true)
    public Verification verify(@RequestParam(required = false) String code) {
        return courses.certificates().verify(code == null ? "" : code);
    }
}
