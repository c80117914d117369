package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.internal.math.GradeMath.CategoryResult;
import org.ustoz.assessments.internal.math.GradeMath.Item;
import org.ustoz.assessments.internal.math.GradeMath.Part;

/**
 * Properties of the gradebook arithmetic on generated items: order independence, overrides that
 * always win, and agreement with a plain high-precision computation.
 */
class GradeMathPropertyTest {

    static final int TRIES = 200;

    @Test
    void categoryDoesNotDependOnTheOrderOfItems() {
        Check.forAll(TRIES, r -> {
            List<Item> items = Gen.items(r);
            Aggregation aggregation = Gen.aggregation(r);
            MissingGrades missing = Gen.missing(r);
            int drop = Gen.dropLowest(r);
            List<Item> shuffled = Gen.shuffled(items, r.nextLong());

            CategoryResult expected = GradeMath.category(aggregation, drop, missing, items);
            assertThat(GradeMath.category(aggregation, drop, missing, shuffled))
                    .as("%s, drop %d, %s, items %s", aggregation, drop, missing, shuffled)
                    .isEqualTo(expected);
        });
    }

    @Test
    void overallDoesNotDependOnTheOrderOfCategories() {
        Check.forAll(TRIES, r -> {
            List<Part> parts = Gen.parts(r);
            List<Part> shuffled = Gen.shuffled(parts, r.nextLong());
            assertThat(GradeMath.overall(shuffled, null)).as("parts %s", shuffled)
                    .isEqualTo(GradeMath.overall(parts, null));
        });
    }

    @Test
    void anOverrideIsExactlyWhatASingleItemContributes() {
        Check.forAll(TRIES, r -> {
            BigDecimal max = Gen.maxPoints(r);
            BigDecimal override = Gen.pointsUpTo(r, max);
            BigDecimal points = r.nextBoolean() ? null : Gen.pointsUpTo(r, max);
            Item item = new Item(Gen.id(r), points, max, Gen.weight(r), override);
            Aggregation aggregation = Gen.aggregation(r);
            MissingGrades missing = Gen.missing(r);

            CategoryResult result = GradeMath.category(aggregation, Gen.dropLowest(r), missing, List.of(item));
            assertThat(result.points()).isEqualTo(override);
            assertThat(result.maxPoints()).isEqualTo(max);
            assertThat(result.percent()).isEqualTo(GradeMath.percent(override, max));
            assertThat(result.dropped()).isEmpty();
        });
    }

    @Test
    void theUnderlyingPointsOfAnOverriddenItemNeverMatter() {
        Check.forAll(TRIES, r -> {
            List<Item> items = Gen.items(r);
            Aggregation aggregation = Gen.aggregation(r);
            MissingGrades missing = Gen.missing(r);
            int drop = Gen.dropLowest(r);
            List<Item> regraded = new ArrayList<>();
            for (Item item : items) {
                if (item.overridePoints() == null) {
                    regraded.add(item);
                } else {
                    BigDecimal other = r.nextInt(3) == 0 ? null : Gen.pointsUpTo(r, item.maxPoints());
                    regraded.add(new Item(item.id(), other, item.maxPoints(), item.weight(), item.overridePoints()));
                }
            }
            assertThat(GradeMath.category(aggregation, drop, missing, regraded))
                    .as("%s, drop %d, %s, items %s", aggregation, drop, missing, regraded)
                    .isEqualTo(GradeMath.category(aggregation, drop, missing, items));
        });
    }

    @Test
    void theOverallOverrideIsTheResultWhateverTheCategories() {
        Check.forAll(TRIES, r -> {
            BigDecimal override = Gen.decimal(r, 0, 120_00, r.nextInt(3));
            BigDecimal overall = GradeMath.overall(Gen.parts(r), override);
            assertThat(overall).isEqualByComparingTo(override);
            assertThat(overall.scale()).isEqualTo(GradeMath.SCALE);
        });
    }

    @Test
    void categoryAgreesWithAPlainHighPrecisionComputation() {
        Check.forAll(TRIES, r -> {
            List<Item> items = Gen.items(r);
            Aggregation aggregation = Gen.aggregation(r);
            MissingGrades missing = Gen.missing(r);
            int drop = Gen.dropLowest(r);

            CategoryResult actual = GradeMath.category(aggregation, drop, missing, items);
            Reference expected = Reference.category(aggregation, drop, missing, items);
            String input = aggregation + ", drop " + drop + ", " + missing + ", items " + items;
            assertThat(actual.dropped()).as(input).isEqualTo(expected.dropped());
            assertThat(actual.points()).as(input).isEqualByComparingTo(expected.points());
            assertThat(actual.maxPoints()).as(input).isEqualByComparingTo(expected.maxPoints());
            if (expected.percent() == null) {
                assertThat(actual.percent()).as(input).isNull();
            } else {
                // one rounding to 10 places: within half a unit in the 10th place of the exact value
                assertThat(actual.percent().subtract(expected.percent()).abs()).as(input)
                        .isLessThanOrEqualTo(new BigDecimal("0.50000001E-10"));
                assertThat(actual.percent().scale()).isEqualTo(GradeMath.SCALE);
            }
        });
    }

    @Test
    void dropLowestDropsAsAskedButKeepsOne() {
        Check.forAll(TRIES, r -> {
            List<Item> items = Gen.items(r);
            MissingGrades missing = Gen.missing(r);
            int drop = Gen.dropLowest(r);
            long counted = items.stream()
                    .filter(i -> missing == MissingGrades.ZERO || i.effectivePoints() != null).count();

            CategoryResult result = GradeMath.category(Gen.aggregation(r), drop, missing, items);
            assertThat(result.dropped()).hasSize((int) Math.min(drop, Math.max(0, counted - 1)));
            assertThat(result.dropped()).isSorted();
            assertThat(result.percent() == null).isEqualTo(counted == 0);
        });
    }

    @Test
    void sumIsThePercentOfTheSums() {
        Check.forAll(TRIES, r -> {
            CategoryResult result = GradeMath.category(Aggregation.SUM, Gen.dropLowest(r), Gen.missing(r), Gen.items(r));
            if (result.percent() != null) {
                assertThat(result.percent()).isEqualTo(GradeMath.percent(result.points(), result.maxPoints()));
            }
        });
    }

    @Test
    void overAttemptsMeanDoesNotDependOnTheOrderOfAttempts() {
        Check.forAll(TRIES, r -> {
            List<BigDecimal> scores = new ArrayList<>();
            BigDecimal max = Gen.maxPoints(r);
            for (int i = r.nextInt(6); i > 0; i--) {
                scores.add(Gen.pointsUpTo(r, max));
            }
            List<BigDecimal> shuffled = Gen.shuffled(scores, r.nextLong());
            assertThat(GradeMath.overAttempts("MEAN", shuffled)).isEqualTo(GradeMath.overAttempts("MEAN", scores));
            BigDecimal highest = GradeMath.overAttempts("HIGHEST", shuffled);
            if (!scores.isEmpty()) {
                assertThat(highest).isEqualByComparingTo(scores.stream().max(Comparator.naturalOrder()).orElseThrow());
            }
        });
    }

    /** A straightforward category computation at 50 significant digits, to check the exact one against. */
    record Reference(BigDecimal points, BigDecimal maxPoints, BigDecimal percent, List<UUID> dropped) {

        static final MathContext MC = new MathContext(50);
        static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        record Row(UUID id, BigDecimal points, BigDecimal max, BigDecimal weight, BigDecimal share) {
        }

        static Reference category(Aggregation aggregation, int drop, MissingGrades missing, List<Item> items) {
            List<Row> rows = new ArrayList<>();
            for (Item item : items) {
                BigDecimal p = item.overridePoints() != null ? item.overridePoints() : item.points();
                if (p == null && missing == MissingGrades.ZERO) {
                    p = BigDecimal.ZERO;
                }
                if (p != null) {
                    rows.add(new Row(item.id(), p, item.maxPoints(), item.weight(), p.divide(item.maxPoints(), MC)));
                }
            }
            rows.sort(Comparator.comparing(Row::share).thenComparing(Row::id));
            int dropped = Math.max(0, Math.min(drop, rows.size() - 1));
            List<UUID> droppedIds = rows.subList(0, dropped).stream().map(Row::id).sorted().toList();
            List<Row> kept = rows.subList(dropped, rows.size());
            BigDecimal points = kept.stream().map(Row::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal max = kept.stream().map(Row::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (kept.isEmpty()) {
                return new Reference(points, max, null, droppedIds);
            }
            BigDecimal n = BigDecimal.valueOf(kept.size());
            BigDecimal shares = kept.stream().map(Row::share).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal weights = kept.stream().map(Row::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal weighted = kept.stream().map(k -> k.weight().multiply(k.share()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal share = switch (aggregation) {
                case SUM -> points.divide(max, MC);
                case MEAN -> shares.divide(n, MC);
                case WEIGHTED_MEAN -> weights.signum() == 0 ? shares.divide(n, MC) : weighted.divide(weights, MC);
            };
            return new Reference(points, max, share.multiply(HUNDRED), droppedIds);
        }
    }
}
