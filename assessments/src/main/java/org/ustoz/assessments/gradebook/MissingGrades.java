package org.ustoz.assessments.gradebook;

/**
 * How an item without a grade yet (no graded attempt, no manual grade) counts. An item with an
 * override is graded: the override always counts, whichever rule applies.
 */
public enum MissingGrades {
    /** Left out of the points, the maximum and the mean: the grade is of what has been graded so far. */
    EXCLUDED,
    /** Counted as zero points out of its maximum; it may then be dropped as one of the lowest. */
    ZERO
}
