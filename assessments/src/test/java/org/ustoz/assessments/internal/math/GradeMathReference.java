package org.ustoz.assessments.internal.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;

/**
 * The gradebook arithmetic as it was before it moved to {@link CategoryMath}: every ratio carried as
 * an exact {@link Fraction} of {@code BigInteger}s and rounded once at the end. Kept, unchanged, as
 * the reference that the fast {@link GradeMath} and {@link CategoryMath} must equal exactly (value
 * and scale); not for production use.
 */
public final class GradeMathReference {

    private GradeMathReference() {
    }

    /**
     * A category's result from its items.
     * <ol>
     *   <li>Items whose effective points ({@link GradeMath.Item#effectivePoints()}) are {@code null} are left out
     *       when {@code missing} is {@link MissingGrades#EXCLUDED}, and count as 0 points when it is
     *       {@link MissingGrades#ZERO}. The others are the counted items.</li>
     *   <li>Of the counted items, the {@code dropLowest} with the lowest exact percentage
     *       (points / max) are dropped, ties broken by the lower id ({@link UUID#compareTo}); at
     *       least one counted item is always kept. Overridden items are dropped like any other.</li>
     *   <li>The kept items give the percentage, rounded once to {@value GradeMath#SCALE} places half-even:
     *       {@link Aggregation#WEIGHTED_MEAN} Σ(w·p/m)/Σw·100 (a plain mean when Σw = 0),
     *       {@link Aggregation#MEAN} Σ(p/m)/n·100, {@link Aggregation#SUM} Σp/Σm·100.</li>
     * </ol>
     * With no kept item the percentage is {@code null} and the sums are 0.
     *
     * @throws IllegalArgumentException when {@code dropLowest < 0} or two items share an id
     */
    public static GradeMath.CategoryResult category(Aggregation aggregation, int dropLowest, MissingGrades missing,
            Collection<GradeMath.Item> items) {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(missing, "missing");
        if (dropLowest < 0) {
            throw new IllegalArgumentException("dropLowest must not be negative: " + dropLowest);
        }
        requireUniqueIds(items.stream().map(GradeMath.Item::id).toList());

        List<Counted> counted = new ArrayList<>();
        for (GradeMath.Item item : items) {
            BigDecimal points = item.effectivePoints();
            if (points == null) {
                if (missing == MissingGrades.EXCLUDED) {
                    continue;
                }
                points = BigDecimal.ZERO;
            }
            counted.add(new Counted(item, points, Fraction.of(points).divide(Fraction.of(item.maxPoints()))));
        }
        counted.sort(Comparator.comparing(Counted::fraction).thenComparing(c -> c.item().id()));
        int drop = Math.min(dropLowest, Math.max(0, counted.size() - 1));
        List<UUID> dropped = counted.subList(0, drop).stream().map(c -> c.item().id()).sorted().toList();
        List<Counted> kept = counted.subList(drop, counted.size());

        BigDecimal points = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Counted c : kept) {
            points = points.add(c.points());
            max = max.add(c.item().maxPoints());
        }
        if (kept.isEmpty()) {
            return new GradeMath.CategoryResult(points, max, null, dropped);
        }
        Fraction share = switch (aggregation) {
            case SUM -> Fraction.of(points).divide(Fraction.of(max));
            case MEAN -> mean(kept);
            case WEIGHTED_MEAN -> weightedMean(kept);
        };
        return new GradeMath.CategoryResult(points, max, toPercent(share), dropped);
    }

    /**
     * The overall percentage: {@code overridePercent} when it is not {@code null} (rounded to
     * {@value GradeMath#SCALE} places); otherwise the mean of the categories' non-null percentages weighted
     * by their weights (a plain mean when those weights are all 0), rounded once; {@code null} when
     * no category has a percentage. Categories without a percentage do not count, whatever their
     * weight.
     *
     * @throws IllegalArgumentException when {@code overridePercent} is negative or two categories share an id
     */
    public static BigDecimal overall(Collection<GradeMath.Part> categories, BigDecimal overridePercent) {
        if (overridePercent != null) {
            if (overridePercent.signum() < 0) {
                throw new IllegalArgumentException("A percentage must not be negative: " + overridePercent);
            }
            return overridePercent.setScale(GradeMath.SCALE, RoundingMode.HALF_EVEN);
        }
        requireUniqueIds(categories.stream().map(GradeMath.Part::id).toList());
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        Fraction plain = Fraction.ZERO;
        int n = 0;
        for (GradeMath.Part part : categories) {
            if (part.percent() == null) {
                continue;
            }
            Fraction percent = Fraction.of(part.percent());
            Fraction weight = Fraction.of(part.weight());
            weighted = weighted.add(weight.multiply(percent));
            weights = weights.add(weight);
            plain = plain.add(percent);
            n++;
        }
        if (n == 0) {
            return null;
        }
        Fraction mean = weights.signum() == 0 ? plain.divide(Fraction.of(n)) : weighted.divide(weights);
        return mean.toBigDecimal(GradeMath.SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * {@code points / max · 100} to {@value GradeMath#SCALE} places half-even; {@code null} when points is
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
        return toPercent(Fraction.of(points).divide(Fraction.of(max)));
    }

    /** A value as shown: {@value GradeMath#DISPLAY_SCALE} places half-up; {@code null} stays {@code null}. */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : value.setScale(GradeMath.DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /** An exact share (1 = 100 %) as a percentage, rounded once. */
    static BigDecimal toPercent(Fraction share) {
        return share.multiply(Fraction.HUNDRED).toBigDecimal(GradeMath.SCALE, RoundingMode.HALF_EVEN);
    }

    private static Fraction mean(List<Counted> kept) {
        Fraction sum = Fraction.ZERO;
        for (Counted c : kept) {
            sum = sum.add(c.fraction());
        }
        return sum.divide(Fraction.of(kept.size()));
    }

    private static Fraction weightedMean(List<Counted> kept) {
        Fraction sum = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        for (Counted c : kept) {
            Fraction weight = Fraction.of(c.item().weight());
            sum = sum.add(weight.multiply(c.fraction()));
            weights = weights.add(weight);
        }
        return weights.signum() == 0 ? mean(kept) : sum.divide(weights);
    }

    private static void requireUniqueIds(List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Duplicate id: " + id);
            }
        }
    }

    /** A counted item with the points that count for it and its exact share of its maximum. */
    private record Counted(GradeMath.Item item, BigDecimal points, Fraction fraction) {
    }

}
