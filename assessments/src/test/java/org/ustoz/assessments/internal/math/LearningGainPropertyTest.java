package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.internal.math.LearningGain.CohortGain;
import org.ustoz.assessments.internal.math.LearningGain.Gain;

/** Properties of learning gain on generated pre- and post-test points. */
class LearningGainPropertyTest {

    static final int TRIES = 200;

    static Gain gain(Random r, BigDecimal max, BigDecimal pre) {
        return LearningGain.of(pre, Gen.pointsUpTo(r, max), max);
    }

    static List<Gain> cohort(Random r) {
        List<Gain> gains = new ArrayList<>();
        for (int i = r.nextInt(10); i > 0; i--) {
            BigDecimal max = Gen.maxPoints(r);
            gains.add(gain(r, max, Gen.pointsUpTo(r, max)));
        }
        return gains;
    }

    @Test
    void aGainDoesNotDependOnTheScaleOfThePoints() {
        Check.forAll(TRIES, r -> {
            BigDecimal max = Gen.maxPoints(r);
            Gain gain = gain(r, max, Gen.pointsUpTo(r, max));
            BigDecimal c = Gen.decimal(r, 1, 100_00, 2);
            Gain scaled = LearningGain.of(gain.pre().multiply(c), gain.post().multiply(c), max.multiply(c));
            assertThat(scaled.undefined()).isEqualTo(gain.undefined());
            assertThat(scaled.normalised()).isEqualTo(gain.normalised());
        });
    }

    @Test
    void aCohortDoesNotDependOnTheOrderOfTrainees() {
        Check.forAll(TRIES, r -> {
            List<Gain> gains = cohort(r);
            assertThat(LearningGain.cohort(Gen.shuffled(gains, r.nextLong()))).isEqualTo(LearningGain.cohort(gains));
        });
    }

    @Test
    void withOneMaximumAndOnePreTestScoreBothAveragesAgree() {
        // (⟨post⟩ − pre) / (max − pre) = ⟨(post − pre) / (max − pre)⟩ when pre and max are shared
        Check.forAll(TRIES, r -> {
            BigDecimal max = Gen.maxPoints(r);
            BigDecimal pre = Gen.pointsUpTo(r, max);
            List<Gain> gains = new ArrayList<>();
            for (int i = 1 + r.nextInt(8); i > 0; i--) {
                gains.add(gain(r, max, pre));
            }
            CohortGain cohort = LearningGain.cohort(gains);
            assertThat(cohort.gainOfAverages()).isEqualTo(cohort.averageOfIndividualGains());
            assertThat(cohort.counted() + cohort.undefined()).isEqualTo(gains.size());
        });
    }
}
