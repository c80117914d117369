package org.ustoz.courses;

import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.error.ErrorKind;

/** Error codes of the courses module. Messages: {@code org/ustoz/courses/messages*.properties}. */
public enum CoursesError implements ErrorCode {
    COURSE_NOT_FOUND("courses.course.not-found", ErrorKind.NOT_FOUND),
    COURSE_CODE_TAKEN("courses.course.code-taken", ErrorKind.CONFLICT),
    COURSE_NOT_DRAFT("courses.course.not-draft", ErrorKind.INVALID_STATE),
    COURSE_ALREADY_PUBLISHED("courses.course.already-published", ErrorKind.INVALID_STATE),
    COURSE_NOT_PUBLISHED("courses.course.not-published", ErrorKind.INVALID_STATE),
    COURSE_ALREADY_ARCHIVED("courses.course.already-archived", ErrorKind.INVALID_STATE),
    COURSE_HAS_NO_MODULES("courses.course.no-modules", ErrorKind.INVALID_STATE),
    MODULE_NOT_FOUND("courses.module.not-found", ErrorKind.NOT_FOUND),
    MODULE_CODE_TAKEN("courses.module.code-taken", ErrorKind.CONFLICT),
    MODULE_PREREQUISITE_CYCLE("courses.module.prerequisite-cycle", ErrorKind.INVALID_STATE),
    MODULE_PREREQUISITE_OTHER_COURSE("courses.module.prerequisite-other-course", ErrorKind.INVALID_INPUT),
    MODULE_HOURS_EXCEED_COURSE("courses.module.hours-exceed-course", ErrorKind.INVALID_STATE),
    COHORT_NOT_FOUND("courses.cohort.not-found", ErrorKind.NOT_FOUND),
    COHORT_CODE_TAKEN("courses.cohort.code-taken", ErrorKind.CONFLICT),
    COHORT_DATES_INVALID("courses.cohort.dates-invalid", ErrorKind.INVALID_INPUT),
    COHORT_VENUE_REQUIRED("courses.cohort.venue-required", ErrorKind.INVALID_INPUT),
    COHORT_ONLINE_URL_REQUIRED("courses.cohort.online-url-required", ErrorKind.INVALID_INPUT),
    COHORT_ILLEGAL_TRANSITION("courses.cohort.illegal-transition", ErrorKind.INVALID_STATE),
    COHORT_NOT_OPEN("courses.cohort.not-open", ErrorKind.INVALID_STATE),
    COHORT_FULL("courses.cohort.full", ErrorKind.CONFLICT),
    COHORT_CAPACITY_BELOW_ENROLLED("courses.cohort.capacity-below-enrolled", ErrorKind.INVALID_STATE),
    TRAINEE_NOT_FOUND("courses.trainee.not-found", ErrorKind.NOT_FOUND),
    TRAINEE_EMAIL_TAKEN("courses.trainee.email-taken", ErrorKind.CONFLICT),
    TRAINEE_EXTERNAL_ID_TAKEN("courses.trainee.external-id-taken", ErrorKind.CONFLICT),
    ENROLMENT_NOT_FOUND("courses.enrolment.not-found", ErrorKind.NOT_FOUND),
    ALREADY_ENROLLED("courses.enrolment.already-enrolled", ErrorKind.CONFLICT),
    ENROLMENT_ILLEGAL_TRANSITION("courses.enrolment.illegal-transition", ErrorKind.INVALID_STATE),
    SESSION_NOT_FOUND("courses.session.not-found", ErrorKind.NOT_FOUND),
    SESSION_TIMES_INVALID("courses.session.times-invalid", ErrorKind.INVALID_INPUT),
    SESSION_OUTSIDE_COHORT("courses.session.outside-cohort", ErrorKind.INVALID_INPUT),
    SESSION_MODULE_OTHER_COURSE("courses.session.module-other-course", ErrorKind.INVALID_INPUT),
    SESSION_FACILITATOR_CLASH("courses.session.facilitator-clash", ErrorKind.CONFLICT),
    SESSION_ROOM_CLASH("courses.session.room-clash", ErrorKind.CONFLICT),
    SESSION_CANCELLED("courses.session.cancelled", ErrorKind.INVALID_STATE),
    SESSION_COHORT_CLOSED("courses.session.cohort-closed", ErrorKind.INVALID_STATE),
    SESSION_HAS_ATTENDANCE("courses.session.has-attendance", ErrorKind.INVALID_STATE),
    ATTENDANCE_NOT_ENROLLED("courses.attendance.not-enrolled", ErrorKind.INVALID_INPUT),
    ATTENDANCE_TOO_EARLY("courses.attendance.too-early", ErrorKind.INVALID_STATE),
    ATTENDANCE_MINUTES_INVALID("courses.attendance.minutes-invalid", ErrorKind.INVALID_INPUT),
    ATTENDANCE_REASON_REQUIRED("courses.attendance.reason-required", ErrorKind.INVALID_INPUT),
    ATTENDANCE_CORRECTION_REASON_REQUIRED("courses.attendance.correction-reason-required", ErrorKind.INVALID_INPUT),
    ATTENDANCE_DUPLICATE_TRAINEE("courses.attendance.duplicate-trainee", ErrorKind.INVALID_INPUT),
    COMPLETION_TOO_EARLY("courses.completion.too-early", ErrorKind.INVALID_STATE),
    COMPLETION_COHORT_NOT_RUNNING("courses.completion.cohort-not-running", ErrorKind.INVALID_STATE),
    COMPLETION_CRITERION_UNKNOWN("courses.completion.criterion-unknown", ErrorKind.INVALID_INPUT),
    COMPLETION_CRITERION_INVALID("courses.completion.criterion-invalid", ErrorKind.INVALID_INPUT),
    COMPLETION_MODULE_OTHER_COURSE("courses.completion.module-other-course", ErrorKind.INVALID_INPUT),
    UNMET_ATTENDANCE("courses.unmet.attendance", ErrorKind.INVALID_STATE),
    UNMET_MODULE("courses.unmet.module", ErrorKind.INVALID_STATE),
    CERTIFICATE_NOT_FOUND("courses.certificate.not-found", ErrorKind.NOT_FOUND),
    CERTIFICATE_ALREADY_ISSUED("courses.certificate.already-issued", ErrorKind.CONFLICT),
    CERTIFICATE_NOT_COMPLETED("courses.certificate.not-completed", ErrorKind.INVALID_STATE),
    CERTIFICATE_ALREADY_REVOKED("courses.certificate.already-revoked", ErrorKind.INVALID_STATE),
    EXPORT_WRITE_FAILED("courses.export.write-failed", ErrorKind.INTERNAL),
    IMPORT_NOT_CSV("courses.import.not-csv", ErrorKind.INVALID_INPUT),
    IMPORT_MISSING_COLUMN("courses.import.missing-column", ErrorKind.INVALID_INPUT),
    IMPORT_READ_FAILED("courses.import.read-failed", ErrorKind.INVALID_INPUT),
    IMPORT_RAGGED_ROW("courses.import.ragged-row", ErrorKind.INVALID_INPUT),
    IMPORT_DUPLICATE_ROW("courses.import.duplicate-row", ErrorKind.INVALID_INPUT),
    IMPORT_UNKNOWN_COHORT("courses.import.unknown-cohort", ErrorKind.INVALID_INPUT),
    IMPORT_IDENTITY_CONFLICT("courses.import.identity-conflict", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    CoursesError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String bundle() {
        return "org.ustoz.courses.messages";
    }
}
