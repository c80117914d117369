package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.internal.math.LearningGain.CohortGain;
import org.ustoz.assessments.internal.math.LearningGain.Gain;

/** Hand-computed examples of normalised learning gain, one trainee and a cohort. */
class LearningGainTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Gain gain(String pre, String post, String max) {
        return LearningGain.of(d(pre), d(post), d(max));
    }

    @Test
    void gainIsTheShareOfWhatCouldStillBeGained() {
        // (70 − 40) / (100 − 40) = 30 / 60 = 0.5
        Gain g = gain("40", "70", "100");
        assertThat(g.normalised()).isEqualTo(d("0.5000000000"));
        assertThat(g.undefined()).isFalse();
        assertThat(g.pre()).isEqualByComparingTo("40");
        // (9 − 3) / (20 − 3) = 6 / 17 = 0.352941176470… → 0.3529411765
        assertThat(gain("3", "9", "20").normalised()).isEqualTo(d("0.3529411765"));
        // everything gained
        assertThat(gain("5", "20", "20").normalised()).isEqualByComparingTo("1");
    }

    @Test
    void gainIsNegativeWhenThePostTestIsWorse() {
        // (45 − 60) / (100 − 60) = −15 / 40 = −0.375
        assertThat(gain("60", "45", "100").normalised()).isEqualByComparingTo("-0.375");
        // (0 − 8) / (10 − 8) = −4: a large fall from near the top
        assertThat(gain("8", "0", "10").normalised()).isEqualByComparingTo("-4");
    }

    @Test
    void gainIsUndefinedAtTheMaximum() {
        Gain atMax = gain("100", "90", "100");
        assertThat(atMax.undefined()).isTrue();
        assertThat(atMax.normalised()).isNull();
        assertThat(gain("10", "10", "10").undefined()).isTrue();
        // above the maximum (extra credit on the pre-test): nothing left to gain either
        assertThat(gain("11", "10", "10").undefined()).isTrue();
    }

    @Test
    void invalidInputIsRejected() {
        assertThatThrownBy(() -> gain("1", "2", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gain("-1", "2", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gain("1", "-2", "10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cohortHasBothAverages() {
        // A  2/10 → 6/10   20 % → 60 %   g = 40/80 = 0.5
        // B 30/50 → 40/50  60 % → 80 %   g = 20/40 = 0.5
        // C  8/20 → 8/20   40 % → 40 %   g = 0
        // D 10/10 → 9/10  100 % → 90 %   g undefined
        // average of individual gains: (0.5 + 0.5 + 0) / 3 = 0.333… → 0.3333333333 (D left out)
        // Hake: <pre> = (20 + 60 + 40 + 100) / 4 = 55 %, <post> = (60 + 80 + 40 + 90) / 4 = 67.5 %,
        //       <g> = (67.5 − 55) / (100 − 55) = 12.5 / 45 = 0.2777… → 0.2777777778
        List<Gain> gains = List.of(gain("2", "6", "10"), gain("30", "40", "50"), gain("8", "8", "20"),
                gain("10", "9", "10"));
        CohortGain cohort = LearningGain.cohort(gains);
        assertThat(cohort.averageOfIndividualGains()).isEqualTo(d("0.3333333333"));
        assertThat(cohort.gainOfAverages()).isEqualTo(d("0.2777777778"));
        assertThat(cohort.counted()).isEqualTo(3);
        assertThat(cohort.undefined()).isEqualTo(1);
    }

    @Test
    void cohortAveragesAreExactUntilTheEnd() {
        // three gains of exactly 2/3: their mean is 2/3 → 0.6666666667
        List<Gain> thirds = List.of(gain("0", "2", "3"), gain("0", "2", "3"), gain("0", "2", "3"));
        assertThat(LearningGain.cohort(thirds).averageOfIndividualGains()).isEqualTo(d("0.6666666667"));
        // 0 and 1/3: (0 + 0.333…) / 2 = 0.1666… → 0.1666666667, where rounded gains would give …66
        List<Gain> mixed = List.of(gain("0", "0", "1"), gain("0", "1", "3"));
        assertThat(LearningGain.cohort(mixed).averageOfIndividualGains()).isEqualTo(d("0.1666666667"));
    }

    @Test
    void cohortWithNothingDefined() {
        CohortGain empty = LearningGain.cohort(List.of());
        assertThat(empty.averageOfIndividualGains()).isNull();
        assertThat(empty.gainOfAverages()).isNull();
        assertThat(empty.counted()).isZero();
        assertThat(empty.undefined()).isZero();

        // everyone at the maximum: no individual gain, and <pre> = 100 % leaves nothing to gain
        CohortGain allAtMax = LearningGain.cohort(List.of(gain("10", "8", "10"), gain("5", "5", "5")));
        assertThat(allAtMax.averageOfIndividualGains()).isNull();
        assertThat(allAtMax.gainOfAverages()).isNull();
        assertThat(allAtMax.undefined()).isEqualTo(2);
    }
}
