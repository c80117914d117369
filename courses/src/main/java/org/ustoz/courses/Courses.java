package org.ustoz.courses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

import org.ustoz.core.Ustoz;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.courses.attendance.AttendanceService;
import org.ustoz.courses.calendar.CalendarService;
import org.ustoz.courses.calendar.internal.CalendarServiceImpl;
import org.ustoz.courses.export.ExportService;
import org.ustoz.courses.export.internal.ExportServiceImpl;
import org.ustoz.courses.importing.TraineeImportService;
import org.ustoz.courses.importing.internal.TraineeImportServiceImpl;
import org.ustoz.courses.catalogue.CatalogueService;
import org.ustoz.courses.certificate.CertificateService;
import org.ustoz.courses.cohort.CohortService;
import org.ustoz.courses.completion.CompletionCriterion;
import org.ustoz.courses.completion.CompletionService;
import org.ustoz.courses.enrolment.EnrolmentService;
import org.ustoz.courses.attendance.internal.AttendanceServiceImpl;
import org.ustoz.courses.catalogue.internal.CatalogueServiceImpl;
import org.ustoz.courses.certificate.internal.CertificateServiceImpl;
import org.ustoz.courses.cohort.internal.CohortServiceImpl;
import org.ustoz.courses.enrolment.internal.Waitlist;
import org.ustoz.courses.completion.internal.CompletionServiceImpl;
import org.ustoz.courses.enrolment.internal.EnrolmentServiceImpl;
import org.ustoz.courses.progress.internal.ProgressServiceImpl;
import org.ustoz.courses.timetable.internal.TimetableServiceImpl;
import org.ustoz.courses.trainee.internal.TraineeServiceImpl;
import org.ustoz.courses.certificate.internal.pdf.CertificatePdf;
import org.ustoz.courses.progress.ProgressService;
import org.ustoz.courses.timetable.TimetableService;
import org.ustoz.courses.trainee.TraineeService;

/**
 * The services of the courses module over one {@link Ustoz}: catalogue, cohorts, trainees,
 * enrolment, timetable, attendance, progress, completion, certificates, calendar files, exports and imports. Thread-safe; create it
 * once next to the {@code Ustoz} and share it.
 *
 * <pre>{@code
 * Courses courses = Courses.of(ustoz);
 * CourseView course = courses.catalogue().createCourse(new CreateCourse(...));
 * }</pre>
 */
public final class Courses {

    private final CatalogueService catalogue;
    private final CohortService cohorts;
    private final TraineeService trainees;
    private final EnrolmentService enrolments;
    private final TimetableService timetable;
    private final AttendanceService attendance;
    private final ProgressService progress;
    private final CompletionService completion;
    private final CertificateService certificates;
    private final CalendarService calendar;
    private final ExportService exports;
    private final TraineeImportService imports;

    private Courses(Builder b) {
        UstozRuntime ustoz = UstozRuntime.of(b.ustoz);
        this.catalogue = new CatalogueServiceImpl(ustoz);
        this.enrolments = new EnrolmentServiceImpl(ustoz);
        this.cohorts = new CohortServiceImpl(ustoz, (em, cohort, at) -> Waitlist.fillFreeSeats(ustoz, em, cohort, at));
        this.trainees = new TraineeServiceImpl(ustoz);
        this.timetable = new TimetableServiceImpl(ustoz);
        this.attendance = new AttendanceServiceImpl(ustoz);
        this.progress = new ProgressServiceImpl(ustoz);
        this.calendar = new CalendarServiceImpl(ustoz);
        this.exports = new ExportServiceImpl(ustoz);
        this.imports = new TraineeImportServiceImpl(ustoz, enrolments);
        var issuer = CertificateServiceImpl.newIssuer(ustoz);
        Map<String, CompletionCriterion> criteria = new LinkedHashMap<>();
        if (b.discoverCriteria) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            ServiceLoader.load(CompletionCriterion.class, loader != null ? loader : Courses.class.getClassLoader())
                    .forEach(c -> criteria.put(c.type(), c));
        }
        criteria.putAll(b.criteria);
        this.completion = new CompletionServiceImpl(ustoz, criteria, issuer);
        this.certificates = new CertificateServiceImpl(ustoz, issuer,
                CertificatePdf.withBundledFonts());
    }

    /** The courses services over a configured Ustoz, with the completion criteria found on the class path. */
    public static Courses of(Ustoz ustoz) {
        return builder(ustoz).build();
    }

    /** A builder, to add completion criteria by hand. */
    public static Builder builder(Ustoz ustoz) {
        return new Builder(Objects.requireNonNull(ustoz));
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    public CohortService cohorts() {
        return cohorts;
    }

    public TraineeService trainees() {
        return trainees;
    }

    public EnrolmentService enrolments() {
        return enrolments;
    }

    public TimetableService timetable() {
        return timetable;
    }

    public AttendanceService attendance() {
        return attendance;
    }

    public ProgressService progress() {
        return progress;
    }

    public CompletionService completion() {
        return completion;
    }

    public CertificateService certificates() {
        return certificates;
    }

    /** Timetables as iCalendar files, for a cohort or a trainee. */
    public CalendarService calendar() {
        return calendar;
    }

    /** A cohort's roster and attendance register as CSV files. */
    public ExportService exports() {
        return exports;
    }

    /** Trainees imported from CSV files (Moodle "upload users", OneRoster {@code users.csv}). */
    public TraineeImportService imports() {
        return imports;
    }

    /** Builds {@link Courses}. */
    public static final class Builder {

        private final Ustoz ustoz;
        private final Map<String, CompletionCriterion> criteria = new LinkedHashMap<>();
        private boolean discoverCriteria = true;

        private Builder(Ustoz ustoz) {
            this.ustoz = ustoz;
        }

        /** Adds a completion criterion; it replaces a discovered one of the same type. */
        public Builder completionCriterion(CompletionCriterion criterion) {
            criteria.put(criterion.type(), criterion);
            return this;
        }

        /**
         * Whether to add the criteria listed in
         * {@code META-INF/services/org.ustoz.courses.completion.CompletionCriterion} (default true).
         */
        public Builder discoverCompletionCriteria(boolean discover) {
            this.discoverCriteria = discover;
            return this;
        }

        public Courses build() {
            return new Courses(this);
        }
    }
}
