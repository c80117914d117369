package org.ustoz.assessments.gradebook;

/**
 * How a grade category combines its items into the category's percentage.
 * Items are compared as percentages of their maximum points.
 */
public enum Aggregation {
    /** Sum of (item percentage × item weight) over the sum of the weights. */
    WEIGHTED_MEAN,
    /** The plain mean of the item percentages. */
    MEAN,
    /** Sum of points over sum of maximum points (items with more points count more). */
    SUM
}
