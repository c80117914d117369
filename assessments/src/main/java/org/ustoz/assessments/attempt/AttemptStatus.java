package org.ustoz.assessments.attempt;

/** The life of an attempt: in progress, then submitted (by the trainee or closed when overdue). */
public enum AttemptStatus {
    /** Started, answers may be saved. At most one per trainee and assessment (a unique constraint). */
    IN_PROGRESS,
    /** Submitted; some answers wait for a grader (essays). */
    NEEDS_GRADING,
    /** Submitted and fully graded. */
    GRADED;

    /** Whether the attempt has been submitted. */
    public boolean isSubmitted() {
        return this != IN_PROGRESS;
    }
}
