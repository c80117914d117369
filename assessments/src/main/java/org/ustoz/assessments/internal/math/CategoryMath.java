package org.ustoz.assessments.internal.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;

/**
 * One category's arithmetic prepared once for many trainees: {@link GradeMath#category} with its
 * per-category constants computed in the constructor, so that each trainee costs one exact
 * {@link BigDecimal} sum and one division.
 *
 * <h2>How it stays exact</h2>
 * Every maximum is {@code m_i = v_i / 10^S} with {@code v_i} a positive integer and {@code S} the
 * largest scale of the maxima. With {@code L} the least common multiple of the {@code v_i}, every
 * item's share is {@code p_i / m_i = p_i · c_i / D}, where {@code c_i = L / v_i} (an integer) and
 * {@code D = L / 10^S} are the same for every trainee. Shares are therefore compared, summed and
 * weighted as exact decimals {@code p_i · c_i} over one common denominator, and the percentage is a
 * single {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} of the exact numerator by the
 * exact denominator: the very rational number that {@code GradeMath} used to carry as a fraction of
 * {@link BigInteger}s, rounded once, so the result has the same value and scale.
 *
 * <p>An instance keeps scratch arrays between calls: it is not thread-safe; use one per thread.
 */
public final class CategoryMath {

    private static final BigDecimal[] SMALL = new BigDecimal[64];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    private final Aggregation aggregation;
    private final int dropLowest;
    private final MissingGrades missing;
    private final int n;
    private final BigDecimal[] max;
    private final BigDecimal[] factor;
    private final BigDecimal[] weight;
    private final BigDecimal[] weightedFactor;
    private final BigDecimal denominator;
    private final int[] idRank;
    private final BigDecimal[] meanDenominators;

    // scratch, per call
    private final BigDecimal[] counted;
    private final BigDecimal[] key;

    /**
     * A category of items in a fixed order; the arrays are indexed by that order.
     *
     * @throws IllegalArgumentException as {@link GradeMath.Item} and {@link GradeMath#category} do
     */
    public CategoryMath(Aggregation aggregation, int dropLowest, MissingGrades missing, UUID[] ids,
            BigDecimal[] maxPoints, BigDecimal[] weights) {
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.missing = Objects.requireNonNull(missing, "missing");
        if (dropLowest < 0) {
            throw new IllegalArgumentException("dropLowest must not be negative: " + dropLowest);
        }
        this.dropLowest = dropLowest;
        this.n = ids.length;
        if (maxPoints.length != n || weights.length != n) {
            throw new IllegalArgumentException("ids, maxima and weights differ in length");
        }
        this.max = maxPoints.clone();
        this.weight = weights.clone();
        int scale = 0;
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(ids[i], "id");
            Objects.requireNonNull(max[i], "maxPoints");
            Objects.requireNonNull(weight[i], "weight");
            if (max[i].signum() <= 0) {
                throw new IllegalArgumentException("Maximum points must be greater than 0: " + max[i]);
            }
            if (weight[i].signum() < 0) {
                throw new IllegalArgumentException("A weight must not be negative: " + weight[i]);
            }
            scale = Math.max(scale, max[i].scale());
        }
        BigInteger[] v = new BigInteger[n];
        BigInteger lcm = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            v[i] = max[i].setScale(scale).unscaledValue(); // exact: the scale only grows
            lcm = lcm.divide(lcm.gcd(v[i])).multiply(v[i]);
        }
        this.factor = new BigDecimal[n];
        this.weightedFactor = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            factor[i] = new BigDecimal(lcm.divide(v[i]));
            weightedFactor[i] = weight[i].multiply(factor[i]);
        }
        this.denominator = new BigDecimal(lcm, scale);
        this.meanDenominators = new BigDecimal[n + 1];

        // the rank of each id in UUID order, to break ties without comparing ids again
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (a, b) -> ids[a].compareTo(ids[b]));
        this.idRank = new int[n];
        for (int r = 0; r < n; r++) {
            idRank[byId[r]] = r;
        }
        for (int r = 1; r < n; r++) {
            if (ids[byId[r]].equals(ids[byId[r - 1]])) {
                throw new IllegalArgumentException("Duplicate id: " + ids[byId[r]]);
            }
        }
        this.counted = new BigDecimal[n];
        this.key = new BigDecimal[n];
    }

    /** The number of items. */
    public int size() {
        return n;
    }

    /**
     * The category's percentage ({@value GradeMath#SCALE} places half-even, {@code null} when no item
     * counts) from the effective points of its items ({@code null} = not graded), as
     * {@link GradeMath#category}; {@code dropped[i]} is set to whether item {@code i} was dropped as
     * lowest. {@code effective} is not changed.
     *
     * @throws IllegalArgumentException when points are negative
     */
    public BigDecimal percent(BigDecimal[] effective, boolean[] dropped) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            dropped[i] = false;
            BigDecimal p = effective[i];
            if (p == null) {
                if (missing == MissingGrades.EXCLUDED) {
                    counted[i] = null;
                    continue;
                }
                p = BigDecimal.ZERO;
            } else if (p.signum() < 0) {
                throw new IllegalArgumentException("Points must not be negative: " + p);
            }
            counted[i] = p;
            count++;
        }
        if (count == 0) {
            return null;
        }
        boolean keys = false;
        int drop = Math.min(dropLowest, count - 1);
        if (drop > 0) {
            // the lowest share first, then the lower id; shares compared as numerators over one denominator
            keys();
            keys = true;
            for (int d = 0; d < drop; d++) {
                int lowest = -1;
                for (int i = 0; i < n; i++) {
                    if (counted[i] == null || dropped[i]) {
                        continue;
                    }
                    if (lowest < 0) {
                        lowest = i;
                        continue;
                    }
                    int c = key[i].compareTo(key[lowest]);
                    if (c < 0 || c == 0 && idRank[i] < idRank[lowest]) {
                        lowest = i;
                    }
                }
                dropped[lowest] = true;
            }
        }
        int kept = count - drop;
        BigDecimal numerator;
        BigDecimal divisor;
        switch (aggregation) {
            case SUM -> {
                BigDecimal points = BigDecimal.ZERO;
                BigDecimal maxSum = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    if (counted[i] != null && !dropped[i]) {
                        points = points.add(counted[i]);
                        maxSum = maxSum.add(max[i]);
                    }
                }
                numerator = points;
                divisor = maxSum;
            }
            case MEAN -> {
                if (!keys) {
                    keys();
                }
                numerator = keptSum(dropped);
                divisor = meanDenominator(kept);
            }
            case WEIGHTED_MEAN -> {
                BigDecimal weights = BigDecimal.ZERO;
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    if (counted[i] != null && !dropped[i]) {
                        weights = weights.add(weight[i]);
                        sum = sum.add(counted[i].multiply(weightedFactor[i]));
                    }
                }
                if (weights.signum() == 0) {
                    if (!keys) {
                        keys();
                    }
                    numerator = keptSum(dropped);
                    divisor = meanDenominator(kept);
                } else {
                    numerator = sum;
                    divisor = denominator.multiply(weights);
                }
            }
            default -> throw new IllegalStateException(aggregation.name());
        }
        return numerator.scaleByPowerOfTen(2).divide(divisor, GradeMath.SCALE, RoundingMode.HALF_EVEN);
    }

    private void keys() {
        for (int i = 0; i < n; i++) {
            key[i] = counted[i] == null ? null : counted[i].multiply(factor[i]);
        }
    }

    private BigDecimal keptSum(boolean[] dropped) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (counted[i] != null && !dropped[i]) {
                sum = sum.add(key[i]);
            }
        }
        return sum;
    }

    private BigDecimal meanDenominator(int kept) {
        BigDecimal d = meanDenominators[kept];
        if (d == null) {
            d = denominator.multiply(kept < SMALL.length ? SMALL[kept] : BigDecimal.valueOf(kept));
            meanDenominators[kept] = d;
        }
        return d;
    }
}
