package org.ustoz.assessments.internal.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;

/**
 * The exact arithmetic of the gradebook: an item's points, a category's percentage, the overall
 * percentage and the grade over several attempts.
 *
 * <h2>Exactness rules</h2>
 * <ul>
 *   <li>Grades are never {@code double}. Points, weights and percentages are {@link BigDecimal}.</li>
 *   <li>Sums of points are exact ({@link BigDecimal#add} does not round). Ratios between items
 *       (item percentages, weighted means) are brought to one common denominator per category
 *       ({@link CategoryMath}), so that they too are exact {@link BigDecimal} sums: nothing is
 *       rounded before the end.</li>
 *   <li>Each percentage is rounded once, by a single division at the end, to {@value #SCALE}
 *       decimal places {@link RoundingMode#HALF_EVEN half-even}: this is the internal precision
 *       that is stored and combined further.</li>
 *   <li>What people see is {@link #display(BigDecimal)}: the internal value rounded to
 *       {@value #DISPLAY_SCALE} places {@link RoundingMode#HALF_UP half-up}, as
 *       {@link org.ustoz.assessments.question.Credit} rounds points.</li>
 *   <li>Because sums are exact and there is a single rounding, results do not depend on the order
 *       of the items or categories; where a choice must be made between equal values (dropping the
 *       lowest of tied items) it is made by item id, never by position.</li>
 * </ul>
 *
 * <h2>Validation</h2>
 * Maximum points must be greater than 0; points, override points, weights and percentages must not
 * be negative; ids must be present and unique within one call. Points above the maximum are extra
 * credit and are allowed, so percentages may exceed 100. Violations throw
 * {@link IllegalArgumentException} (a missing required value throws {@link NullPointerException}).
 */
public final class GradeMath {

    /** Decimal places of the internal precision of every percentage, rounded half-even. */
    public static final int SCALE = 10;
    /** Decimal places of a percentage as shown, rounded half-up. */
    public static final int DISPLAY_SCALE = 2;

    private GradeMath() {
    }

    /**
     * One gradebook item of one trainee: its points ({@code null} = not graded yet), maximum points
     * ({@code > 0}), weight in its category ({@code >= 0}) and an instructor's override points
     * ({@code null} = none).
     */
    public record Item(UUID id, BigDecimal points, BigDecimal maxPoints, BigDecimal weight, BigDecimal overridePoints) {

        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(maxPoints, "maxPoints");
            Objects.requireNonNull(weight, "weight");
            if (maxPoints.signum() <= 0) {
                throw new IllegalArgumentException("Maximum points must be greater than 0: " + maxPoints);
            }
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("A weight must not be negative: " + weight);
            }
            if (points != null && points.signum() < 0) {
                throw new IllegalArgumentException("Points must not be negative: " + points);
            }
            if (overridePoints != null && overridePoints.signum() < 0) {
                throw new IllegalArgumentException("Override points must not be negative: " + overridePoints);
            }
        }

        /** The points that count: the override when there is one (even over "not graded"), else the points. */
        public BigDecimal effectivePoints() {
            return overridePoints != null ? overridePoints : points;
        }
    }

    /**
     * A category's result: the sums of the effective and maximum points of the items that count
     * (after dropping), its percentage ({@value #SCALE} places; {@code null} when no item counts) and
     * the ids of the items dropped as lowest, sorted.
     */
    public record CategoryResult(BigDecimal points, BigDecimal maxPoints, BigDecimal percent, List<UUID> dropped) {

        public CategoryResult {
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(maxPoints, "maxPoints");
            dropped = List.copyOf(dropped);
        }
    }

    /** One category in the overall grade: its percentage ({@code null} = empty category) and weight ({@code >= 0}). */
    public record Part(UUID id, BigDecimal percent, BigDecimal weight) {

        public Part {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("A weight must not be negative: " + weight);
            }
            if (percent != null && percent.signum() < 0) {
                throw new IllegalArgumentException("A percentage must not be negative: " + percent);
            }
        }
    }

    /**
     * A category's result from its items.
     * <ol>
     *   <li>Items whose effective points ({@link Item#effectivePoints()}) are {@code null} are left out
     *       when {@code missing} is {@link MissingGrades#EXCLUDED}, and count as 0 points when it is
     *       {@link MissingGrades#ZERO}. The others are the counted items.</li>
     *   <li>Of the counted items, the {@code dropLowest} with the lowest exact percentage
     *       (points / max) are dropped, ties broken by the lower id ({@link UUID#compareTo}); at
     *       least one counted item is always kept. Overridden items are dropped like any other.</li>
     *   <li>The kept items give the percentage, rounded once to {@value #SCALE} places half-even:
     *       {@link Aggregation#WEIGHTED_MEAN} Σ(w·p/m)/Σw·100 (a plain mean when Σw = 0),
     *       {@link Aggregation#MEAN} Σ(p/m)/n·100, {@link Aggregation#SUM} Σp/Σm·100.</li>
     * </ol>
     * With no kept item the percentage is {@code null} and the sums are 0.
     *
     * @throws IllegalArgumentException when {@code dropLowest < 0} or two items share an id
     */
    public static CategoryResult category(Aggregation aggregation, int dropLowest, MissingGrades missing,
            Collection<Item> items) {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(missing, "missing");
        if (dropLowest < 0) {
            throw new IllegalArgumentException("dropLowest must not be negative: " + dropLowest);
        }
        int n = items.size();
        UUID[] ids = new UUID[n];
        BigDecimal[] max = new BigDecimal[n];
        BigDecimal[] weights = new BigDecimal[n];
        BigDecimal[] effective = new BigDecimal[n];
        int i = 0;
        for (Item item : items) {
            ids[i] = item.id();
            max[i] = item.maxPoints();
            weights[i] = item.weight();
            effective[i] = item.effectivePoints();
            i++;
        }
        CategoryMath math = new CategoryMath(aggregation, dropLowest, missing, ids, max, weights);
        boolean[] dropped = new boolean[n];
        BigDecimal percent = math.percent(effective, dropped);
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal maxSum = BigDecimal.ZERO;
        List<UUID> droppedIds = new ArrayList<>();
        for (i = 0; i < n; i++) {
            if (dropped[i]) {
                droppedIds.add(ids[i]);
            } else if (effective[i] != null || missing == MissingGrades.ZERO) {
                points = points.add(effective[i] == null ? BigDecimal.ZERO : effective[i]);
                maxSum = maxSum.add(max[i]);
            }
        }
        droppedIds.sort(null);
        if (percent == null) {
            return new CategoryResult(BigDecimal.ZERO, BigDecimal.ZERO, null, droppedIds);
        }
        return new CategoryResult(points, maxSum, percent, droppedIds);
    }

    /**
     * The overall percentage: {@code overridePercent} when it is not {@code null} (rounded to
     * {@value #SCALE} places); otherwise the mean of the categories' non-null percentages weighted
     * by their weights (a plain mean when those weights are all 0), rounded once; {@code null} when
     * no category has a percentage. Categories without a percentage do not count, whatever their
     * weight.
     *
     * @throws IllegalArgumentException when {@code overridePercent} is negative or two categories share an id
     */
    public static BigDecimal overall(Collection<Part> categories, BigDecimal overridePercent) {
        if (overridePercent != null) {
            if (overridePercent.signum() < 0) {
                throw new IllegalArgumentException("A percentage must not be negative: " + overridePercent);
            }
            return overridePercent.setScale(SCALE, RoundingMode.HALF_EVEN);
        }
        requireUniqueIds(categories.stream().map(Part::id).toList());
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal plain = BigDecimal.ZERO;
        int n = 0;
        for (Part part : categories) {
            if (part.percent() == null) {
                continue;
            }
            weighted = weighted.add(part.weight().multiply(part.percent()));
            weights = weights.add(part.weight());
            plain = plain.add(part.percent());
            n++;
        }
        return overall(weighted, weights, plain, n);
    }

    /**
     * {@link #overall(Collection, BigDecimal)} from its exact sums over the categories that have a
     * percentage: Σ weight·percent, Σ weight, Σ percent and their number; {@code null} when there are none.
     */
    public static BigDecimal overall(BigDecimal weighted, BigDecimal weights, BigDecimal plain, int n) {
        if (n == 0) {
            return null;
        }
        return weights.signum() == 0
                ? plain.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_EVEN)
                : weighted.divide(weights, SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * {@code points / max · 100} to {@value #SCALE} places half-even; {@code null} when points is
     * {@code null}.
     */
    public static BigDecimal percent(BigDecimal points, BigDecimal max) {
        Objects.requireNonNull(max, "max");
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("Maximum points must be greater than 0: " + max);
        }
        if (points == null) {
            return null;
        }
        if (points.signum() < 0) {
            throw new IllegalArgumentException("Points must not be negative: " + points);
        }
        return points.scaleByPowerOfTen(2).divide(max, SCALE, RoundingMode.HALF_EVEN);
    }

    /** A value as shown: {@value #DISPLAY_SCALE} places half-up; {@code null} stays {@code null}. */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : value.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The points of an assessment over its attempts, by grading method: {@code "HIGHEST"} the
     * highest, {@code "LAST"} the last, {@code "FIRST"} the first, {@code "MEAN"} the mean at
     * {@value #SCALE} places half-even. {@code null} when there is no attempt. The points are
     * returned as given (for {@code "HIGHEST"}, the first attempt with the highest points).
     *
     * @throws IllegalArgumentException for another method or negative points
     */
    public static BigDecimal overAttempts(String method, List<BigDecimal> scoresInAttemptOrder) {
        Objects.requireNonNull(method, "method");
        if (!Set.of("HIGHEST", "LAST", "FIRST", "MEAN").contains(method)) {
            throw new IllegalArgumentException("Unknown grading method: " + method);
        }
        for (BigDecimal score : scoresInAttemptOrder) {
            Objects.requireNonNull(score, "score");
            if (score.signum() < 0) {
                throw new IllegalArgumentException("Points must not be negative: " + score);
            }
        }
        if (scoresInAttemptOrder.isEmpty()) {
            return null;
        }
        return switch (method) {
            case "FIRST" -> scoresInAttemptOrder.get(0);
            case "LAST" -> scoresInAttemptOrder.get(scoresInAttemptOrder.size() - 1);
            case "HIGHEST" -> {
                BigDecimal highest = scoresInAttemptOrder.get(0);
                for (BigDecimal score : scoresInAttemptOrder) {
                    if (score.compareTo(highest) > 0) {
                        highest = score;
                    }
                }
                yield highest;
            }
            default -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (BigDecimal score : scoresInAttemptOrder) {
                    sum = sum.add(score);
                }
                yield sum.divide(BigDecimal.valueOf(scoresInAttemptOrder.size()), SCALE, RoundingMode.HALF_EVEN);
            }
        };
    }

    private static void requireUniqueIds(List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Duplicate id: " + id);
            }
        }
    }

    /** Points on a scale of {@code max} rescaled to {@code target}, half up to the points scale. */
    public static BigDecimal scale(BigDecimal points, BigDecimal max, BigDecimal target) {
        if (max.signum() == 0) {
            return BigDecimal.ZERO.setScale(org.ustoz.assessments.question.Credit.POINTS_SCALE);
        }
        return points.multiply(target).divide(max, org.ustoz.assessments.question.Credit.POINTS_SCALE,
                java.math.RoundingMode.HALF_UP);
    }
}
