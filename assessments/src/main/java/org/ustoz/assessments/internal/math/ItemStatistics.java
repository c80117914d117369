package org.ustoz.assessments.internal.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Classical item analysis of one assessment: each item's difficulty, corrected point-biserial and
 * upper–lower discrimination, and the test's Cronbach alpha.
 *
 * <h2>Definitions</h2>
 * With n trainees, k items, x<sub>ri</sub> trainee r's points on item i (not answered = 0) out of
 * m<sub>i</sub>, and the total t<sub>r</sub> = Σ<sub>i</sub> x<sub>ri</sub>:
 * <ul>
 *   <li><b>difficulty</b> p<sub>i</sub> = Σ<sub>r</sub> x<sub>ri</sub> / (n·m<sub>i</sub>), the mean
 *       share of the item's points earned (the proportion correct for right/wrong items), 0..1.</li>
 *   <li><b>point-biserial</b> (corrected item–total correlation): the Pearson correlation of
 *       x<sub>ri</sub> with the rest score t<sub>r</sub> − x<sub>ri</sub>, so an item is not correlated
 *       with itself; {@code null} when either has zero variance (also when n &lt; 2).</li>
 *   <li><b>upper–lower index</b> D<sub>i</sub> = mean share x/m in the upper group − mean share in the
 *       lower group. Trainees are ranked by total, highest first, equal totals by row index (the
 *       lower index ranks higher); the upper group is the first g, the lower group the last g of that
 *       ranking, g = max(1, round(0.27·n)) rounded half-up (so n = 1 compares the trainee with
 *       itself and gives 0).</li>
 *   <li><b>Cronbach alpha</b> α = k/(k−1) · (1 − Σσ²<sub>i</sub>/σ²<sub>t</sub>) with
 *       <em>population</em> variances (divided by n) of the item points and of the totals. The
 *       factor n/(n−1) of sample variances would cancel in the ratio, so alpha is the same either
 *       way; for 0/1 items it equals KR-20. {@code null} when k &lt; 2 or σ²<sub>t</sub> = 0.</li>
 *   <li><b>flags</b>: all right when every trainee has the item's full points, all wrong when every
 *       trainee has 0 (both false when there are no trainees).</li>
 * </ul>
 *
 * <h2>Arithmetic</h2>
 * Sums, sums of squares and cross products are exact {@link BigDecimal}s, and variances are kept as
 * n²σ² = nΣx² − (Σx)² so that difficulty, D and alpha are each one exact division rounded to
 * {@value GradeMath#SCALE} places half-even. The correlation takes one square root and one division
 * in {@link MathContext#DECIMAL64} (16 significant digits) and is then rounded to
 * {@value GradeMath#SCALE} places half-even.
 */
public final class ItemStatistics {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal GROUP_SHARE = new BigDecimal("0.27");

    private ItemStatistics() {
    }

    /**
     * A score matrix: the items (columns) with their maximum points, and one row of points per
     * trainee with one entry per item ({@code null} = not answered, counted as 0).
     */
    public record Matrix(List<UUID> items, List<BigDecimal> maxPoints, List<List<BigDecimal>> scores) {

        public Matrix {
            items = List.copyOf(items);
            maxPoints = List.copyOf(maxPoints);
            if (items.size() != maxPoints.size()) {
                throw new IllegalArgumentException(
                        "One maximum per item: " + items.size() + " items, " + maxPoints.size() + " maxima");
            }
            for (BigDecimal max : maxPoints) {
                if (max.signum() <= 0) {
                    throw new IllegalArgumentException("Maximum points must be greater than 0: " + max);
                }
            }
            List<List<BigDecimal>> rows = new ArrayList<>(scores.size());
            for (List<BigDecimal> row : scores) {
                if (row.size() != items.size()) {
                    throw new IllegalArgumentException(
                            "Row " + rows.size() + " has " + row.size() + " scores for " + items.size() + " items");
                }
                for (int i = 0; i < row.size(); i++) {
                    BigDecimal score = row.get(i);
                    if (score != null && (score.signum() < 0 || score.compareTo(maxPoints.get(i)) > 0)) {
                        throw new IllegalArgumentException("Row " + rows.size() + ", item " + i
                                + ": points must be from 0 to " + maxPoints.get(i) + ": " + score);
                    }
                }
                rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            scores = Collections.unmodifiableList(rows);
        }
    }

    /**
     * One item's statistics: difficulty (0..1), corrected point-biserial and upper–lower index
     * ({@code null} when undefined), and whether every trainee got it fully right or wholly wrong.
     */
    public record ItemResult(UUID item, BigDecimal difficulty, BigDecimal pointBiserial, BigDecimal upperLower,
            boolean allRight, boolean allWrong) {
    }

    /** The items' statistics in the matrix's item order, Cronbach alpha ({@code null} when undefined) and n. */
    public record Result(List<ItemResult> items, BigDecimal cronbachAlpha, int trainees) {

        public Result {
            items = List.copyOf(items);
        }
    }

    /** The item analysis of a score matrix (see the class comment for the definitions). */
    public static Result analyse(Matrix m) {
        Objects.requireNonNull(m, "m");
        int n = m.scores().size();
        int k = m.items().size();
        BigDecimal[][] x = new BigDecimal[n][k];
        BigDecimal[] totals = new BigDecimal[n];
        for (int r = 0; r < n; r++) {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < k; i++) {
                BigDecimal score = m.scores().get(r).get(i);
                x[r][i] = score == null ? BigDecimal.ZERO : score;
                total = total.add(x[r][i]);
            }
            totals[r] = total;
        }
        BigDecimal bigN = BigDecimal.valueOf(n);

        List<Integer> ranking = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            ranking.add(r);
        }
        ranking.sort(Comparator.<Integer, BigDecimal>comparing(r -> totals[r]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        int g = Math.max(1, GROUP_SHARE.multiply(bigN).setScale(0, RoundingMode.HALF_UP).intValueExact());
        List<Integer> upper = n == 0 ? List.of() : ranking.subList(0, g);
        List<Integer> lower = n == 0 ? List.of() : ranking.subList(n - g, n);

        List<ItemResult> results = new ArrayList<>(k);
        BigDecimal sumOfItemVariances = BigDecimal.ZERO; // Σ n²σ²ᵢ
        for (int i = 0; i < k; i++) {
            BigDecimal max = m.maxPoints().get(i);
            BigDecimal sx = BigDecimal.ZERO;
            BigDecimal sxx = BigDecimal.ZERO;
            BigDecimal sy = BigDecimal.ZERO;
            BigDecimal syy = BigDecimal.ZERO;
            BigDecimal sxy = BigDecimal.ZERO;
            boolean allRight = n > 0;
            boolean allWrong = n > 0;
            for (int r = 0; r < n; r++) {
                BigDecimal xi = x[r][i];
                BigDecimal rest = totals[r].subtract(xi);
                sx = sx.add(xi);
                sxx = sxx.add(xi.multiply(xi));
                sy = sy.add(rest);
                syy = syy.add(rest.multiply(rest));
                sxy = sxy.add(xi.multiply(rest));
                allRight &= xi.compareTo(max) == 0;
                allWrong &= xi.signum() == 0;
            }
            BigDecimal itemVariance = bigN.multiply(sxx).subtract(sx.multiply(sx));
            sumOfItemVariances = sumOfItemVariances.add(itemVariance);

            BigDecimal difficulty = n == 0 ? null : divide(sx, bigN.multiply(max));
            BigDecimal pointBiserial = correlation(bigN.multiply(sxy).subtract(sx.multiply(sy)), itemVariance,
                    bigN.multiply(syy).subtract(sy.multiply(sy)));
            BigDecimal upperLower = null;
            if (n > 0) {
                BigDecimal difference = sum(x, upper, i).subtract(sum(x, lower, i));
                upperLower = divide(difference, BigDecimal.valueOf(g).multiply(max));
            }
            results.add(new ItemResult(m.items().get(i), difficulty, pointBiserial, upperLower, allRight, allWrong));
        }

        BigDecimal alpha = null;
        if (k >= 2) {
            BigDecimal st = BigDecimal.ZERO;
            BigDecimal stt = BigDecimal.ZERO;
            for (BigDecimal total : totals) {
                st = st.add(total);
                stt = stt.add(total.multiply(total));
            }
            BigDecimal totalVariance = bigN.multiply(stt).subtract(st.multiply(st)); // n²σ²ₜ
            if (totalVariance.signum() > 0) {
                // k/(k−1) · (1 − Σσ²ᵢ/σ²ₜ) = k·(n²σ²ₜ − Σn²σ²ᵢ) / ((k−1)·n²σ²ₜ), one division
                BigDecimal bigK = BigDecimal.valueOf(k);
                alpha = divide(bigK.multiply(totalVariance.subtract(sumOfItemVariances)),
                        BigDecimal.valueOf(k - 1L).multiply(totalVariance));
            }
        }
        return new Result(results, alpha, n);
    }

    /** Pearson r from n·Σxy − ΣxΣy and the two n²σ²; {@code null} when a variance is 0. */
    private static BigDecimal correlation(BigDecimal covariance, BigDecimal varianceX, BigDecimal varianceY) {
        if (varianceX.signum() <= 0 || varianceY.signum() <= 0) {
            return null;
        }
        BigDecimal root = varianceX.multiply(varianceY).sqrt(MC);
        return covariance.divide(root, MC).setScale(GradeMath.SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sum(BigDecimal[][] x, List<Integer> rows, int item) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r : rows) {
            sum = sum.add(x[r][item]);
        }
        return sum;
    }

    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, GradeMath.SCALE, RoundingMode.HALF_EVEN);
    }
}
