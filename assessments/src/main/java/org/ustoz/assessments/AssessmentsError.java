package org.ustoz.assessments;

import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.error.ErrorKind;

/** Error codes of the assessments module. Messages: {@code org/ustoz/assessments/messages*.properties}. */
public enum AssessmentsError implements ErrorCode {
    CATEGORY_NOT_FOUND("assessments.category.not-found", ErrorKind.NOT_FOUND),
    CATEGORY_CODE_TAKEN("assessments.category.code-taken", ErrorKind.CONFLICT),
    QUESTION_NOT_FOUND("assessments.question.not-found", ErrorKind.NOT_FOUND),
    QUESTION_TYPE_UNKNOWN("assessments.question.type-unknown", ErrorKind.INVALID_INPUT),
    QUESTION_INVALID("assessments.question.invalid", ErrorKind.INVALID_INPUT),
    QUESTION_CODE_TAKEN("assessments.question.code-taken", ErrorKind.CONFLICT),
    RUBRIC_NOT_FOUND("assessments.rubric.not-found", ErrorKind.NOT_FOUND),
    RUBRIC_INVALID("assessments.rubric.invalid", ErrorKind.INVALID_INPUT),
    ASSESSMENT_NOT_FOUND("assessments.assessment.not-found", ErrorKind.NOT_FOUND),
    ASSESSMENT_CODE_TAKEN("assessments.assessment.code-taken", ErrorKind.CONFLICT),
    ASSESSMENT_WINDOW_INVALID("assessments.assessment.window-invalid", ErrorKind.INVALID_INPUT),
    ASSESSMENT_NO_ITEMS("assessments.assessment.no-items", ErrorKind.INVALID_INPUT),
    ASSESSMENT_DUPLICATE_QUESTION("assessments.assessment.duplicate-question", ErrorKind.INVALID_INPUT),
    ASSESSMENT_MODULE_OTHER_COURSE("assessments.assessment.module-other-course", ErrorKind.INVALID_INPUT),
    ASSESSMENT_HAS_ATTEMPTS("assessments.assessment.has-attempts", ErrorKind.INVALID_STATE),
    ASSESSMENT_RUBRIC_NOT_MANUAL("assessments.assessment.rubric-not-manual", ErrorKind.INVALID_INPUT),
    ATTEMPT_NOT_FOUND("assessments.attempt.not-found", ErrorKind.NOT_FOUND),
    ATTEMPT_NOT_ENROLLED("assessments.attempt.not-enrolled", ErrorKind.INVALID_STATE),
    ATTEMPT_NOT_OPEN_YET("assessments.attempt.not-open-yet", ErrorKind.INVALID_STATE),
    ATTEMPT_WINDOW_CLOSED("assessments.attempt.window-closed", ErrorKind.INVALID_STATE),
    ATTEMPT_NONE_LEFT("assessments.attempt.none-left", ErrorKind.INVALID_STATE),
    ATTEMPT_IN_PROGRESS("assessments.attempt.in-progress", ErrorKind.CONFLICT),
    ATTEMPT_NOT_IN_PROGRESS("assessments.attempt.not-in-progress", ErrorKind.INVALID_STATE),
    ATTEMPT_TIME_UP("assessments.attempt.time-up", ErrorKind.INVALID_STATE),
    ATTEMPT_QUESTION_NOT_IN_ATTEMPT("assessments.attempt.question-not-in-attempt", ErrorKind.INVALID_INPUT),
    ATTEMPT_RESPONSE_INVALID("assessments.attempt.response-invalid", ErrorKind.INVALID_INPUT),
    GRADING_NOT_BY_HAND("assessments.grading.not-by-hand", ErrorKind.INVALID_INPUT),
    GRADING_NOT_SUBMITTED("assessments.grading.not-submitted", ErrorKind.INVALID_STATE),
    GRADING_POINTS_INVALID("assessments.grading.points-invalid", ErrorKind.INVALID_INPUT),
    GRADING_RUBRIC_SELECTION_INVALID("assessments.grading.rubric-selection-invalid", ErrorKind.INVALID_INPUT),
    GRADE_CATEGORY_NOT_FOUND("assessments.gradebook.category-not-found", ErrorKind.NOT_FOUND),
    GRADE_CATEGORY_CODE_TAKEN("assessments.gradebook.category-code-taken", ErrorKind.CONFLICT),
    GRADE_ITEM_NOT_FOUND("assessments.gradebook.item-not-found", ErrorKind.NOT_FOUND),
    GRADE_ITEM_CODE_TAKEN("assessments.gradebook.item-code-taken", ErrorKind.CONFLICT),
    GRADE_ITEM_ASSESSMENT_TAKEN("assessments.gradebook.item-assessment-taken", ErrorKind.CONFLICT),
    GRADE_ITEM_OTHER_COHORT("assessments.gradebook.item-other-cohort", ErrorKind.INVALID_INPUT),
    GRADE_ITEM_NOT_MANUAL("assessments.gradebook.item-not-manual", ErrorKind.INVALID_INPUT),
    GRADE_POINTS_INVALID("assessments.gradebook.points-invalid", ErrorKind.INVALID_INPUT),
    GRADE_SCALE_INVALID("assessments.gradebook.scale-invalid", ErrorKind.INVALID_INPUT),
    GAIN_NOT_PAIRED("assessments.gain.not-paired", ErrorKind.INVALID_INPUT),
    UNMET_FINAL_GRADE("assessments.unmet.final-grade", ErrorKind.INVALID_STATE),
    UNMET_ASSESSMENT_PASSED("assessments.unmet.assessment-passed", ErrorKind.INVALID_STATE),
    /** Arguments of the exchange errors that name a place: {0} 0 for a line, 1 for an XML question element; {1} its number. */
    EXCHANGE_UNBALANCED_BRACES("assessments.exchange.unbalanced-braces", ErrorKind.INVALID_INPUT),
    EXCHANGE_SYNTAX("assessments.exchange.syntax", ErrorKind.INVALID_INPUT),
    EXCHANGE_QUESTION_INVALID("assessments.exchange.question-invalid", ErrorKind.INVALID_INPUT),
    EXCHANGE_XML_UNSAFE("assessments.exchange.xml-unsafe", ErrorKind.INVALID_INPUT),
    EXCHANGE_XML_MALFORMED("assessments.exchange.xml-malformed", ErrorKind.INVALID_INPUT),
    EXCHANGE_TOO_LARGE("assessments.exchange.too-large", ErrorKind.INVALID_INPUT);

    private final String code;
    private final ErrorKind kind;

    AssessmentsError(String code, ErrorKind kind) {
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
        return "org.ustoz.assessments.messages";
    }
}
