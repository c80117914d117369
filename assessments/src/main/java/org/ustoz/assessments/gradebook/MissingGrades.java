package org.ustoz.assessments.gradebook;

/** How an item without a grade yet (no graded attempt, no manual grade) counts. */
public enum MissingGrades {
    /** Left out: the grade is of what has been graded so far. */
    EXCLUDED,
    /** Counted as zero points. */
    ZERO
}
