package org.ustoz.assessments.assessment;

/** What an assessment is for. A pre-test and a post-test are paired to measure learning gain. */
public enum AssessmentKind {
    PRE_TEST, POST_TEST, FORMATIVE_QUIZ, SUMMATIVE_EXAM, ASSIGNMENT
}
