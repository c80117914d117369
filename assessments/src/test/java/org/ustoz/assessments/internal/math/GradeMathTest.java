package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.internal.math.GradeMath.CategoryResult;
import org.ustoz.assessments.internal.math.GradeMath.Item;
import org.ustoz.assessments.internal.math.GradeMath.Part;

/** Hand-computed examples of the gradebook arithmetic. */
class GradeMathTest {

    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    static final UUID C = new UUID(0, 3);
    static final UUID D = new UUID(0, 4);

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Item item(UUID id, String points, String max, String weight) {
        return new Item(id, points == null ? null : d(points), d(max), d(weight), null);
    }

    static Item overridden(UUID id, String points, String max, String override) {
        return new Item(id, points == null ? null : d(points), d(max), BigDecimal.ONE, d(override));
    }

    // 8/10 = 80 % (weight 2), 15/20 = 75 % (weight 1), 3/6 = 50 % (weight 1)
    static final List<Item> THREE = List.of(item(A, "8", "10", "2"), item(B, "15", "20", "1"), item(C, "3", "6", "1"));

    @Test
    void weightedMeanWeighsItemPercentages() {
        // (2·80 + 1·75 + 1·50) / 4 = 285 / 4 = 71.25
        CategoryResult r = GradeMath.category(Aggregation.WEIGHTED_MEAN, 0, MissingGrades.EXCLUDED, THREE);
        assertThat(r.percent()).isEqualByComparingTo("71.25");
        assertThat(r.percent().scale()).isEqualTo(GradeMath.SCALE);
        assertThat(r.points()).isEqualByComparingTo("26");
        assertThat(r.maxPoints()).isEqualByComparingTo("36");
        assertThat(r.dropped()).isEmpty();
    }

    @Test
    void meanCountsEveryItemTheSame() {
        // (80 + 75 + 50) / 3 = 68.333… → 68.3333333333
        CategoryResult r = GradeMath.category(Aggregation.MEAN, 0, MissingGrades.EXCLUDED, THREE);
        assertThat(r.percent()).isEqualByComparingTo("68.3333333333");
        assertThat(GradeMath.display(r.percent())).isEqualByComparingTo("68.33");
    }

    @Test
    void sumDividesTotalPointsByTotalMaximum() {
        // 26 / 36 · 100 = 72.222… → 72.2222222222
        CategoryResult r = GradeMath.category(Aggregation.SUM, 0, MissingGrades.EXCLUDED, THREE);
        assertThat(r.percent()).isEqualByComparingTo("72.2222222222");
    }

    @Test
    void itemPercentagesAreNotRoundedBeforeTheMean() {
        // 0/1 and 1/3: the exact mean is 16.666… → 16.6666666667; rounding the item percentages to
        // 10 places first would give (0 + 33.3333333333) / 2 = 16.66666666665 → 16.6666666666.
        List<Item> thirds = List.of(item(A, "0", "1", "1"), item(B, "1", "3", "1"));
        assertThat(GradeMath.category(Aggregation.MEAN, 0, MissingGrades.EXCLUDED, thirds).percent())
                .isEqualTo(d("16.6666666667"));
        // 0/1 and 2/3: exactly 33.333… → shown 33.33; rounding items to 2 places first would give
        // (0 + 66.67) / 2 = 33.335 → 33.34.
        List<Item> twoThirds = List.of(item(A, "0", "1", "1"), item(B, "2", "3", "1"));
        CategoryResult r = GradeMath.category(Aggregation.WEIGHTED_MEAN, 0, MissingGrades.EXCLUDED, twoThirds);
        assertThat(r.percent()).isEqualTo(d("33.3333333333"));
        assertThat(GradeMath.display(r.percent())).isEqualTo(d("33.33"));
    }

    @Test
    void weightedMeanWithAllWeightsZeroIsThePlainMean() {
        List<Item> items = List.of(item(A, "8", "10", "0"), item(B, "15", "20", "0"), item(C, "3", "6", "0"));
        assertThat(GradeMath.category(Aggregation.WEIGHTED_MEAN, 0, MissingGrades.EXCLUDED, items).percent())
                .isEqualByComparingTo("68.3333333333");
    }

    @Test
    void zeroWeightItemsDoNotMoveTheWeightedMean() {
        List<Item> items = List.of(item(A, "8", "10", "1"), item(B, "0", "20", "0"));
        CategoryResult r = GradeMath.category(Aggregation.WEIGHTED_MEAN, 0, MissingGrades.EXCLUDED, items);
        assertThat(r.percent()).isEqualByComparingTo("80");
        assertThat(r.maxPoints()).isEqualByComparingTo("30");
    }

    @Test
    void dropLowestDropsTheLowestPercentagesAndBreaksTiesById() {
        // A 5/10 = 50 %, B 10/20 = 50 %, C 9/10 = 90 %, D 7/10 = 70 %: A and B tie; A has the lower id
        List<Item> items = List.of(item(B, "10", "20", "1"), item(C, "9", "10", "1"), item(A, "5", "10", "1"),
                item(D, "7", "10", "1"));
        CategoryResult one = GradeMath.category(Aggregation.MEAN, 1, MissingGrades.EXCLUDED, items);
        assertThat(one.dropped()).containsExactly(A);
        assertThat(one.percent()).isEqualByComparingTo("70"); // (50 + 90 + 70) / 3
        assertThat(one.points()).isEqualByComparingTo("26");
        assertThat(one.maxPoints()).isEqualByComparingTo("40");

        CategoryResult two = GradeMath.category(Aggregation.SUM, 2, MissingGrades.EXCLUDED, items);
        assertThat(two.dropped()).containsExactly(A, B);
        assertThat(two.percent()).isEqualByComparingTo("80"); // 16 / 20

        List<Item> reversedItems = new ArrayList<>(items);
        Collections.reverse(reversedItems);
        CategoryResult reversed = GradeMath.category(Aggregation.MEAN, 1, MissingGrades.EXCLUDED, reversedItems);
        assertThat(reversed).isEqualTo(one);
    }

    @Test
    void dropLowestKeepsAtLeastOneItem() {
        CategoryResult r = GradeMath.category(Aggregation.MEAN, 5, MissingGrades.EXCLUDED, THREE);
        assertThat(r.dropped()).containsExactly(B, C);
        assertThat(r.percent()).isEqualByComparingTo("80");
        assertThat(r.points()).isEqualByComparingTo("8");
    }

    @Test
    void missingGradesExcludedLeavesUngradedItemsOut() {
        List<Item> items = List.of(item(A, "8", "10", "1"), item(B, null, "10", "1"));
        CategoryResult r = GradeMath.category(Aggregation.SUM, 0, MissingGrades.EXCLUDED, items);
        assertThat(r.percent()).isEqualByComparingTo("80");
        assertThat(r.maxPoints()).isEqualByComparingTo("10");
        // excluded items are not candidates for dropping either
        CategoryResult dropped = GradeMath.category(Aggregation.SUM, 1, MissingGrades.EXCLUDED, items);
        assertThat(dropped.dropped()).isEmpty();
        assertThat(dropped.percent()).isEqualByComparingTo("80");
    }

    @Test
    void missingGradesZeroCountsUngradedItemsAsZero() {
        List<Item> items = List.of(item(A, "8", "10", "1"), item(B, null, "10", "1"));
        CategoryResult sum = GradeMath.category(Aggregation.SUM, 0, MissingGrades.ZERO, items);
        assertThat(sum.percent()).isEqualByComparingTo("40");
        assertThat(sum.points()).isEqualByComparingTo("8");
        assertThat(sum.maxPoints()).isEqualByComparingTo("20");
        assertThat(GradeMath.category(Aggregation.MEAN, 0, MissingGrades.ZERO, items).percent())
                .isEqualByComparingTo("40");
        // and a zero is the first to be dropped
        CategoryResult dropped = GradeMath.category(Aggregation.SUM, 1, MissingGrades.ZERO, items);
        assertThat(dropped.dropped()).containsExactly(B);
        assertThat(dropped.percent()).isEqualByComparingTo("80");
    }

    @Test
    void nothingCountedGivesNoPercentage() {
        List<Item> items = List.of(item(A, null, "10", "1"), item(B, null, "5", "1"));
        CategoryResult r = GradeMath.category(Aggregation.WEIGHTED_MEAN, 1, MissingGrades.EXCLUDED, items);
        assertThat(r.percent()).isNull();
        assertThat(r.points()).isEqualByComparingTo("0");
        assertThat(r.maxPoints()).isEqualByComparingTo("0");
        assertThat(r.dropped()).isEmpty();
        assertThat(GradeMath.category(Aggregation.SUM, 0, MissingGrades.ZERO, List.of()).percent()).isNull();
    }

    @Test
    void anOverrideWinsOverPointsAndOverNotGraded() {
        List<Item> items = List.of(overridden(A, "2", "10", "9"), overridden(B, null, "10", "6"));
        CategoryResult r = GradeMath.category(Aggregation.SUM, 0, MissingGrades.EXCLUDED, items);
        assertThat(r.points()).isEqualByComparingTo("15");
        assertThat(r.percent()).isEqualByComparingTo("75");
    }

    @Test
    void extraCreditMayExceedTheMaximum() {
        CategoryResult r = GradeMath.category(Aggregation.MEAN, 0, MissingGrades.EXCLUDED,
                List.of(item(A, "12", "10", "1")));
        assertThat(r.percent()).isEqualByComparingTo("120");
    }

    @Test
    void invalidInputIsRejected() {
        assertThatThrownBy(() -> item(A, "1", "0", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(A, "1", "-5", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(A, "1", "10", "-0.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(A, "-1", "10", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> overridden(A, "1", "10", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradeMath.category(Aggregation.SUM, -1, MissingGrades.ZERO, THREE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradeMath.category(Aggregation.SUM, 0, MissingGrades.ZERO,
                List.of(item(A, "1", "10", "1"), item(A, "2", "10", "1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Part(A, d("50"), d("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradeMath.percent(d("1"), d("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradeMath.percent(d("-1"), d("10"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overallWeighsCategoryPercentages() {
        // (80·3 + 60·1) / 4 = 75; the empty category does not count
        List<Part> parts = List.of(new Part(A, d("80"), d("3")), new Part(B, d("60"), d("1")), new Part(C, null, d("5")));
        assertThat(GradeMath.overall(parts, null)).isEqualByComparingTo("75");
        assertThat(GradeMath.overall(parts, null).scale()).isEqualTo(GradeMath.SCALE);
    }

    @Test
    void overallWithAllWeightsZeroIsThePlainMean() {
        List<Part> parts = List.of(new Part(A, d("80"), d("0")), new Part(B, d("60"), d("0")),
                new Part(C, d("50"), d("0")));
        assertThat(GradeMath.overall(parts, null)).isEqualByComparingTo("63.3333333333");
    }

    @Test
    void overallIsNullWhenNothingCountsAndAnOverrideWins() {
        assertThat(GradeMath.overall(List.of(), null)).isNull();
        assertThat(GradeMath.overall(List.of(new Part(A, null, d("1"))), null)).isNull();
        assertThat(GradeMath.overall(List.of(new Part(A, d("80"), d("1"))), d("55.5")))
                .isEqualByComparingTo("55.5");
        assertThat(GradeMath.overall(List.of(), d("90"))).isEqualByComparingTo("90");
    }

    @Test
    void percentIsOneDivisionAtScaleTenHalfEven() {
        assertThat(GradeMath.percent(d("2"), d("3"))).isEqualTo(d("66.6666666667"));
        assertThat(GradeMath.percent(d("1"), d("3"))).isEqualTo(d("33.3333333333"));
        // 1/16 of a hundredth of a percent: 0.000000000625 → half-even at 10 places gives …06
        assertThat(GradeMath.percent(d("0.0000000000625"), d("10"))).isEqualTo(d("0.0000000006"));
        assertThat(GradeMath.percent(null, d("3"))).isNull();
    }

    @Test
    void displayRoundsHalfUpToTwoPlaces() {
        assertThat(GradeMath.display(d("66.6650000000"))).isEqualTo(d("66.67"));
        assertThat(GradeMath.display(d("66.6649999999"))).isEqualTo(d("66.66"));
        assertThat(GradeMath.display(d("12.125"))).isEqualTo(d("12.13"));
        assertThat(GradeMath.display(d("80"))).isEqualTo(d("80.00"));
        assertThat(GradeMath.display(null)).isNull();
    }

    @Test
    void gradingMethodsOverAttempts() {
        List<BigDecimal> scores = List.of(d("6"), d("9"), d("7.5"));
        assertThat(GradeMath.overAttempts("HIGHEST", scores)).isEqualByComparingTo("9");
        assertThat(GradeMath.overAttempts("FIRST", scores)).isEqualByComparingTo("6");
        assertThat(GradeMath.overAttempts("LAST", scores)).isEqualByComparingTo("7.5");
        assertThat(GradeMath.overAttempts("MEAN", scores)).isEqualTo(d("7.5000000000"));
        assertThat(GradeMath.overAttempts("MEAN", List.of(d("1"), d("2"), d("2")))).isEqualTo(d("1.6666666667"));
        assertThat(GradeMath.overAttempts("HIGHEST", List.of())).isNull();
        assertThat(GradeMath.overAttempts("MEAN", List.of())).isNull();
        assertThatThrownBy(() -> GradeMath.overAttempts("BEST", scores)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradeMath.overAttempts("MEAN", List.of(d("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
