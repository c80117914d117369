package org.ustoz.assessments.gradebook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.internal.math.Check;

/**
 * The fast gradebook ({@link GradebookCalculator#rows}: arrays, {@code CategoryMath}, {@code BigDecimal}
 * only) equals the old one ({@link GradebookCalculatorReference#rows}: maps and exact {@code Fraction}s)
 * on generated gradebooks, value for value and scale for scale: every cell's points and percentage,
 * dropped and overridden flags, every category percentage, the final percentage, letter and pass.
 * Records compare their {@code BigDecimal}s with {@link BigDecimal#equals}, so {@code 1.50} and
 * {@code 1.5} differ.
 */
class GradebookExactnessPropertyTest {

    static final int TRIES = 600;

    @Test
    void theFastGradebookEqualsTheFractionReferenceExactly() {
        int[] cells = new int[1];
        Check.forAll(TRIES, r -> {
            GradebookSheet sheet = sheet(r);
            List<GradebookRow> expected = GradebookCalculatorReference.rows(sheet);
            List<GradebookRow> actual = GradebookCalculator.rows(sheet);
            assertThat(actual).hasSameSizeAs(expected);
            for (int e = 0; e < expected.size(); e++) {
                assertThat(actual.get(e)).as("row %d of %s", e, describe(sheet)).isEqualTo(expected.get(e));
                cells[0] += expected.get(e).cells().size();
            }
        });
        assertThat(cells[0]).as("cells compared").isGreaterThan(50_000);
    }

    /** The same gradebook with the items of each category listed in another order gives the same values. */
    @Test
    void categoriesDoNotDependOnTheOrderOfTheirItems() {
        Check.forAll(TRIES / 3, r -> {
            GradebookSheet sheet = sheet(r);
            int n = sheet.itemIds().length;
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            java.util.Collections.shuffle(Arrays.asList(order), r);
            GradebookSheet shuffled = permuteItems(sheet, order);
            List<GradebookRow> a = GradebookCalculator.rows(sheet);
            List<GradebookRow> b = GradebookCalculator.rows(shuffled);
            for (int e = 0; e < a.size(); e++) {
                assertThat(b.get(e).categories()).isEqualTo(a.get(e).categories());
                assertThat(b.get(e).finalPercent()).isEqualTo(a.get(e).finalPercent());
            }
        });
    }

    // ---------------------------------------------------------------- generators

    static GradebookSheet sheet(Random r) {
        int nc = r.nextInt(5);
        int ni = nc == 0 ? 0 : r.nextInt(16);
        int ne = r.nextInt(41);
        UUID[] categoryIds = ids(r, nc);
        Aggregation[] aggregations = new Aggregation[nc];
        int[] dropLowest = new int[nc];
        BigDecimal[] categoryWeights = new BigDecimal[nc];
        for (int c = 0; c < nc; c++) {
            aggregations[c] = Aggregation.values()[r.nextInt(Aggregation.values().length)];
            dropLowest[c] = r.nextInt(3) == 0 ? 0 : r.nextInt(5);
            categoryWeights[c] = weight(r);
        }
        UUID[] itemIds = ids(r, ni);
        int[] itemCategory = new int[ni];
        BigDecimal[] maxPoints = new BigDecimal[ni];
        BigDecimal[] itemWeights = new BigDecimal[ni];
        for (int i = 0; i < ni; i++) {
            itemCategory[i] = r.nextInt(nc);
            // a third repeat an earlier maximum, so that equal shares (ties) are common
            maxPoints[i] = i > 0 && r.nextInt(3) == 0 ? maxPoints[r.nextInt(i)] : maxPoints(r);
            itemWeights[i] = weight(r);
        }
        UUID[] enrolmentIds = ids(r, ne);
        UUID[] traineeIds = ids(r, ne);
        String[] names = new String[ne];
        Arrays.setAll(names, e -> "Trainee " + e);
        BigDecimal[][] points = new BigDecimal[ni][ne];
        BigDecimal[][] overrides = new BigDecimal[ni][];
        int missingRate = r.nextInt(4); // 0: none missing ... 3: many
        for (int i = 0; i < ni; i++) {
            boolean overridable = r.nextInt(3) == 0;
            if (overridable) {
                overrides[i] = new BigDecimal[ne];
            }
            for (int e = 0; e < ne; e++) {
                if (r.nextInt(10) >= missingRate * 2) {
                    // a third copy another trainee's or item's points (ties across items and trainees)
                    points[i][e] = e > 0 && r.nextInt(3) == 0 ? points[i][r.nextInt(e)] : points(r, maxPoints[i]);
                }
                if (overridable && r.nextInt(4) == 0) {
                    overrides[i][e] = r.nextInt(5) == 0 ? null : points(r, maxPoints[i]);
                }
            }
        }
        BigDecimal[] finalOverrides = new BigDecimal[ne];
        for (int e = 0; e < ne; e++) {
            if (r.nextInt(8) == 0) {
                finalOverrides[e] = BigDecimal.valueOf(r.nextInt(12001), r.nextInt(3));
            }
        }
        List<ScaleBand> scale = new ArrayList<>();
        if (r.nextBoolean()) {
            for (int b = r.nextInt(6); b > 0; b--) {
                scale.add(new ScaleBand(BigDecimal.valueOf(r.nextInt(10001), r.nextInt(3)), "L" + b));
            }
            scale.sort(Comparator.comparing(ScaleBand::minPercent).reversed());
        }
        BigDecimal pass = r.nextInt(3) == 0 ? null : BigDecimal.valueOf(r.nextInt(10001), r.nextInt(3));
        MissingGrades missing = MissingGrades.values()[r.nextInt(MissingGrades.values().length)];
        return new GradebookSheet(missing, List.copyOf(scale), pass, categoryIds, aggregations, dropLowest,
                categoryWeights, itemIds, itemCategory, maxPoints, itemWeights, enrolmentIds, traineeIds, names,
                points, overrides, finalOverrides);
    }

    /** Maximum points: usual ones, tiny ones (down to 0.0001), huge ones (up to about 10^12), and 1E+2 forms. */
    static BigDecimal maxPoints(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> BigDecimal.valueOf(1 + r.nextInt(100), r.nextInt(5) + 2); // 0.0001 .. 1.00
            case 1 -> BigDecimal.valueOf(1 + (r.nextLong() >>> 24), r.nextInt(3)); // up to ~10^12
            case 2 -> new BigDecimal(BigInteger.valueOf(1 + r.nextInt(9)), -(1 + r.nextInt(3))); // 1E+1 .. 9E+3
            case 3 -> BigDecimal.valueOf(new int[] {3, 7, 9, 11, 13, 17, 19, 23}[r.nextInt(8)]); // coprime
            default -> BigDecimal.valueOf(1 + r.nextInt(10000), r.nextInt(3)); // 0.01 .. 10000
        };
    }

    /** Points: 0 (at several scales), the maximum, half of it, a random share, extra credit above it. */
    static BigDecimal points(Random r, BigDecimal max) {
        return switch (r.nextInt(9)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.ZERO.setScale(2);
            case 2 -> max;
            case 3 -> max.divide(BigDecimal.valueOf(2));
            case 4 -> max.multiply(BigDecimal.valueOf(1 + r.nextInt(50), 2)).add(max); // extra credit
            case 5 -> BigDecimal.valueOf(r.nextInt(3)); // small integers: ties
            default -> {
                BigDecimal share = BigDecimal.valueOf(r.nextInt(10001), 4);
                yield max.multiply(share).setScale(Math.max(0, Math.min(4, max.scale() + r.nextInt(3))),
                        java.math.RoundingMode.DOWN);
            }
        };
    }

    /** A weight: 0 often, up to 5 with a decimal, sometimes huge or tiny. */
    static BigDecimal weight(Random r) {
        return switch (r.nextInt(8)) {
            case 0, 1 -> BigDecimal.ZERO;
            case 2 -> BigDecimal.valueOf(1 + r.nextInt(1_000_000));
            case 3 -> BigDecimal.valueOf(1 + r.nextInt(9), 4);
            default -> BigDecimal.valueOf(r.nextInt(51), r.nextInt(2));
        };
    }

    static UUID[] ids(Random r, int n) {
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            // small ranges now and then, so that both halves and signs take part in the order
            ids[i] = r.nextInt(4) == 0 ? new UUID(r.nextInt(3) - 1, r.nextLong()) : new UUID(r.nextLong(), r.nextLong());
        }
        return ids;
    }

    static GradebookSheet permuteItems(GradebookSheet s, Integer[] order) {
        int n = order.length;
        UUID[] ids = new UUID[n];
        int[] category = new int[n];
        BigDecimal[] max = new BigDecimal[n];
        BigDecimal[] weights = new BigDecimal[n];
        BigDecimal[][] points = new BigDecimal[n][];
        BigDecimal[][] overrides = new BigDecimal[n][];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            ids[k] = s.itemIds()[i];
            category[k] = s.itemCategory()[i];
            max[k] = s.maxPoints()[i];
            weights[k] = s.itemWeights()[i];
            points[k] = s.points()[i];
            overrides[k] = s.overrides()[i];
        }
        return new GradebookSheet(s.missing(), s.scale(), s.passPercent(), s.categoryIds(), s.aggregations(),
                s.dropLowest(), s.categoryWeights(), ids, category, max, weights, s.enrolmentIds(), s.traineeIds(),
                s.traineeNames(), points, overrides, s.finalOverrides());
    }

    static String describe(GradebookSheet s) {
        return "missing " + s.missing() + ", categories " + Arrays.toString(s.aggregations()) + " drop "
                + Arrays.toString(s.dropLowest()) + " weights " + Arrays.toString(s.categoryWeights()) + ", items in "
                + Arrays.toString(s.itemCategory()) + " max " + Arrays.toString(s.maxPoints()) + " weights "
                + Arrays.toString(s.itemWeights()) + ", points " + Arrays.deepToString(s.points()) + ", overrides "
                + Arrays.deepToString(s.overrides()) + ", final " + Arrays.toString(s.finalOverrides());
    }
}
