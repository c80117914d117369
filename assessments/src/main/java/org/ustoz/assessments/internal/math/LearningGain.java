package org.ustoz.assessments.internal.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Normalised learning gain between a pre-test and a post-test (Hake 1998, "Interactive-engagement
 * versus traditional methods", Am. J. Phys. 66, 64–74).
 *
 * <ul>
 *   <li>A trainee's gain is g = (post − pre) / (max − pre): the share of what could still be
 *       gained that was gained. It is undefined when pre ≥ max (nothing left to gain); it is
 *       negative when post &lt; pre and above 1 only with extra credit (post &gt; max).</li>
 *   <li>A cohort has two averages, which differ in general. The <em>average of individual gains</em>
 *       is the plain mean of the defined g (trainees at the maximum on the pre-test are left out and
 *       counted as undefined). Hake's <em>gain of averages</em> ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩)
 *       uses the class averages of the pre- and post-test percentages of all trainees, those at the
 *       maximum included (pre/max·100, so trainees with different maxima combine); it is undefined
 *       only when ⟨pre⟩ ≥ 100 %.</li>
 * </ul>
 * Arithmetic is exact until the end; each result is rounded once to {@value GradeMath#SCALE}
 * places half-even.
 */
public final class LearningGain {

    private LearningGain() {
    }

    /**
     * One trainee's pre- and post-test points out of {@code max} and the normalised gain
     * ({@code null} and {@code undefined} when pre ≥ max).
     */
    public record Gain(BigDecimal pre, BigDecimal post, BigDecimal max, BigDecimal normalised, boolean undefined) {

        public Gain {
            Objects.requireNonNull(pre, "pre");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(max, "max");
            requireValid(pre, post, max);
            if (undefined != (normalised == null)) {
                throw new IllegalArgumentException("A gain is undefined exactly when it has no value");
            }
        }
    }

    /**
     * A cohort's gains: the mean of the defined individual gains ({@code null} when none is defined),
     * Hake's gain of the average percentages ({@code null} when there are no gains or ⟨pre⟩ ≥ 100),
     * and how many individual gains were defined and undefined.
     */
    public record CohortGain(BigDecimal averageOfIndividualGains, BigDecimal gainOfAverages, int counted, int undefined) {
    }

    /**
     * The gain of one trainee: g = (post − pre) / (max − pre), {@value GradeMath#SCALE} places half-even.
     *
     * @throws IllegalArgumentException when max ≤ 0 or pre or post is negative
     */
    public static Gain of(BigDecimal pre, BigDecimal post, BigDecimal max) {
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(max, "max");
        requireValid(pre, post, max);
        Fraction g = exact(pre, post, max);
        return g == null ? new Gain(pre, post, max, null, true)
                : new Gain(pre, post, max, g.toBigDecimal(GradeMath.SCALE, RoundingMode.HALF_EVEN), false);
    }

    /** Both cohort averages of the gains (see the class comment); an empty list gives nulls and zeros. */
    public static CohortGain cohort(List<Gain> gains) {
        Fraction sumOfGains = Fraction.ZERO;
        Fraction sumOfPre = Fraction.ZERO;
        Fraction sumOfPost = Fraction.ZERO;
        int counted = 0;
        int undefined = 0;
        for (Gain gain : gains) {
            Fraction max = Fraction.of(gain.max());
            sumOfPre = sumOfPre.add(Fraction.of(gain.pre()).divide(max));
            sumOfPost = sumOfPost.add(Fraction.of(gain.post()).divide(max));
            Fraction g = exact(gain.pre(), gain.post(), gain.max());
            if (g == null) {
                undefined++;
            } else {
                sumOfGains = sumOfGains.add(g);
                counted++;
            }
        }
        BigDecimal average = counted == 0 ? null
                : sumOfGains.divide(Fraction.of(counted)).toBigDecimal(GradeMath.SCALE, RoundingMode.HALF_EVEN);
        BigDecimal ofAverages = null;
        if (!gains.isEmpty()) {
            // shares of the maximum (1 = 100 %): ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (1 − ⟨pre⟩), the 1/n cancels
            Fraction n = Fraction.of(gains.size());
            Fraction room = n.subtract(sumOfPre);
            if (room.signum() > 0) {
                ofAverages = sumOfPost.subtract(sumOfPre).divide(room)
                        .toBigDecimal(GradeMath.SCALE, RoundingMode.HALF_EVEN);
            }
        }
        return new CohortGain(average, ofAverages, counted, undefined);
    }

    private static void requireValid(BigDecimal pre, BigDecimal post, BigDecimal max) {
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("Maximum points must be greater than 0: " + max);
        }
        if (pre.signum() < 0 || post.signum() < 0) {
            throw new IllegalArgumentException("Points must not be negative: pre " + pre + ", post " + post);
        }
    }

    /** The exact gain, or {@code null} when pre ≥ max. */
    private static Fraction exact(BigDecimal pre, BigDecimal post, BigDecimal max) {
        if (pre.compareTo(max) >= 0) {
            return null;
        }
        return Fraction.of(post.subtract(pre)).divide(Fraction.of(max.subtract(pre)));
    }
}
