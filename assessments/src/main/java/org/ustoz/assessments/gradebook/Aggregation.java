package org.ustoz.assessments.gradebook;

/**
 * How a grade category combines its items into the category's percentage.
 * Items are compared as percentages of their maximum points (p / m, where p is the item's effective
 * points: an override when there is one, else its points). The sums are exact and the percentage
 * is rounded once, at the end, to 10 decimal places half-even, so the result does not depend on the
 * order of the items; views show it to 2 places half-up.
 */
public enum Aggregation {
    /**
     * Σ(w · p / m) / Σw · 100, the item percentages weighted by the items' weights; when the
     * weights of the counted items are all 0, the plain {@link #MEAN}.
     */
    WEIGHTED_MEAN,
    /** Σ(p / m) / n · 100, the plain mean of the item percentages: every item counts the same. */
    MEAN,
    /** Σp / Σm · 100, the sum of points over the sum of maximum points: items with more points count more. */
    SUM
}
