package org.ustoz.assessments.assessment;

/** Which graded attempts make a trainee's grade on an assessment. */
public enum GradingMethod {
    /** The best attempt. */
    HIGHEST,
    /** The latest graded attempt. */
    LAST,
    /** The first graded attempt. */
    FIRST,
    /** The mean of the graded attempts (points at 2 places, half-up). */
    MEAN
}
