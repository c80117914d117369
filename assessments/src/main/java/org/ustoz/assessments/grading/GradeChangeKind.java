package org.ustoz.assessments.grading;

/** What changed a hand grade, in its history. */
public enum GradeChangeKind {
    /** A grader graded the answer, or graded it again ({@link GradingService#grade}). */
    BY_HAND,
    /** Points recomputed from the answer's rubric levels after the rubric changed (a regrade). */
    RUBRIC_REGRADE
}
