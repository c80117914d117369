package org.ustoz.assessments.attempt;

/** The state of one answer of an attempt. */
public enum AnswerState {
    UNANSWERED, ANSWERED, NEEDS_GRADING, GRADED
}
