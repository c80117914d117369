package org.ustoz.courses.internal;

import java.util.List;
import java.util.Map;

import org.ustoz.core.UstozModule;
import org.ustoz.core.error.ErrorCode;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.attendance.internal.AttendanceChange;
import org.ustoz.courses.attendance.internal.AttendanceRecord;
import org.ustoz.courses.catalogue.internal.Course;
import org.ustoz.courses.certificate.internal.Certificate;
import org.ustoz.courses.completion.internal.CompletionPolicy;
import org.ustoz.courses.timetable.internal.Session;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.trainee.internal.Trainee;

/** The courses module: its entities, migrations and constraints. */
public final class CoursesModule implements UstozModule {

    @Override
    public String name() {
        return "courses";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(Course.class, CourseModule.class, Cohort.class, Trainee.class, Enrolment.class,
                Session.class, AttendanceRecord.class, AttendanceChange.class, CompletionPolicy.class,
                Certificate.class);
    }

    @Override
    public List<String> validationBundles() {
        return List.of("org.ustoz.courses.ValidationMessages");
    }

    @Override
    public Map<String, ErrorCode> constraintErrors() {
        return Map.of(
                "uk_ustoz_course_code", CoursesError.COURSE_CODE_TAKEN,
                "uk_ustoz_module_code", CoursesError.MODULE_CODE_TAKEN,
                "uk_ustoz_cohort_code", CoursesError.COHORT_CODE_TAKEN,
                "ck_ustoz_cohort_seats", CoursesError.COHORT_FULL,
                "uk_ustoz_trainee_email", CoursesError.TRAINEE_EMAIL_TAKEN,
                "uk_ustoz_trainee_external", CoursesError.TRAINEE_EXTERNAL_ID_TAKEN,
                "uk_ustoz_enrolment", CoursesError.ALREADY_ENROLLED,
                "uk_ustoz_certificate_enrolment", CoursesError.CERTIFICATE_ALREADY_ISSUED);
    }
}
