package org.ustoz.assessments.question;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The share of a question's points a response earns: a fraction from 0 to 1 with at most
 * {@value #SCALE} decimal places, rounded half-even when it is made ({@link #of(BigDecimal)}).
 * Points are the fraction times the item's points, rounded as {@link #points(BigDecimal)} declares.
 */
public record Credit(BigDecimal fraction) implements Comparable<Credit> {

    /** Decimal places kept in a fraction. */
    public static final int SCALE = 7;
    /** Decimal places kept in points. */
    public static final int POINTS_SCALE = 2;

    public static final Credit NONE = new Credit(BigDecimal.ZERO.setScale(SCALE));
    public static final Credit FULL = new Credit(BigDecimal.ONE.setScale(SCALE));

    public Credit {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A credit is a fraction from 0 to 1: " + fraction);
        }
        fraction = fraction.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** The credit of a fraction, clamped to 0..1 (right-minus-wrong scoring can go below 0). */
    public static Credit of(BigDecimal fraction) {
        if (fraction.signum() <= 0) {
            return NONE;
        }
        if (fraction.compareTo(BigDecimal.ONE) >= 0) {
            return FULL;
        }
        return new Credit(fraction.setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** {@code numerator / denominator}, clamped to 0..1; a zero denominator gives {@link #NONE}. */
    public static Credit ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return NONE;
        }
        return of(numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN));
    }

    /** {@code numerator / denominator}, clamped to 0..1; a zero denominator gives {@link #NONE}. */
    public static Credit ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Whether this is full credit. */
    public boolean isFull() {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }

    /** Whether this is no credit. */
    public boolean isNone() {
        return fraction.signum() == 0;
    }

    /** The points earned out of {@code maximum}, rounded half-up to {@value #POINTS_SCALE} places. */
    public BigDecimal points(BigDecimal maximum) {
        return maximum.multiply(fraction).setScale(POINTS_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Credit other) {
        return fraction.compareTo(other.fraction);
    }
}
