package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.internal.math.ItemStatistics.ItemResult;
import org.ustoz.assessments.internal.math.ItemStatistics.Matrix;
import org.ustoz.assessments.internal.math.ItemStatistics.Result;

/** Properties of item analysis on generated score matrices. */
class ItemStatisticsPropertyTest {

    static final int TRIES = 100;
    static final MathContext MC = new MathContext(50);

    /** 0 to 15 trainees, 1 to 6 items; right/wrong items only when {@code dichotomous}. */
    static Matrix matrix(Random r, boolean dichotomous) {
        int k = 1 + r.nextInt(6);
        int n = r.nextInt(16);
        List<BigDecimal> maxima = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            maxima.add(dichotomous ? BigDecimal.ONE : Gen.decimal(r, 1, 5, 0));
        }
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            List<BigDecimal> row = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (r.nextInt(10) == 0) {
                    row.add(null);
                } else {
                    row.add(dichotomous ? BigDecimal.valueOf(r.nextInt(2)) : Gen.pointsUpTo(r, maxima.get(i)));
                }
            }
            rows.add(row);
        }
        return new Matrix(Gen.ids(r, k), maxima, rows);
    }

    @Test
    void nothingButTheUpperLowerIndexDependsOnTheOrderOfTrainees() {
        Check.forAll(TRIES, r -> {
            Matrix m = matrix(r, r.nextBoolean());
            Matrix shuffled = new Matrix(m.items(), m.maxPoints(), Gen.shuffled(m.scores(), r.nextLong()));
            Result a = ItemStatistics.analyse(m);
            Result b = ItemStatistics.analyse(shuffled);
            assertThat(b.cronbachAlpha()).isEqualTo(a.cronbachAlpha());
            assertThat(b.trainees()).isEqualTo(a.trainees());
            for (int i = 0; i < a.items().size(); i++) {
                ItemResult x = a.items().get(i);
                ItemResult y = b.items().get(i);
                assertThat(y.difficulty()).isEqualTo(x.difficulty());
                assertThat(y.pointBiserial()).isEqualTo(x.pointBiserial());
                assertThat(y.allRight()).isEqualTo(x.allRight());
                assertThat(y.allWrong()).isEqualTo(x.allWrong());
            }
        });
    }

    @Test
    void alphaEqualsKr20ForRightWrongItems() {
        Check.forAll(TRIES, r -> {
            Matrix m = matrix(r, true);
            Result result = ItemStatistics.analyse(m);
            int n = m.scores().size();
            int k = m.items().size();
            if (k < 2 || n == 0) {
                assertThat(result.cronbachAlpha()).isNull();
                return;
            }
            // KR-20 = k/(k−1) · (1 − Σ p(1−p) / σ²ₜ), population variance of the totals
            BigDecimal bigN = BigDecimal.valueOf(n);
            BigDecimal sumPq = BigDecimal.ZERO;
            for (int i = 0; i < k; i++) {
                int right = 0;
                for (List<BigDecimal> row : m.scores()) {
                    right += row.get(i) == null ? 0 : row.get(i).intValueExact();
                }
                BigDecimal p = BigDecimal.valueOf(right).divide(bigN, MC);
                sumPq = sumPq.add(p.multiply(BigDecimal.ONE.subtract(p)));
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal squares = BigDecimal.ZERO;
            for (List<BigDecimal> row : m.scores()) {
                BigDecimal total = row.stream().map(s -> s == null ? BigDecimal.ZERO : s)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                sum = sum.add(total);
                squares = squares.add(total.multiply(total));
            }
            BigDecimal mean = sum.divide(bigN, MC);
            BigDecimal variance = squares.divide(bigN, MC).subtract(mean.multiply(mean));
            if (variance.signum() == 0) {
                assertThat(result.cronbachAlpha()).isNull();
                return;
            }
            BigDecimal kk = BigDecimal.valueOf(k);
            BigDecimal kr20 = kk.divide(kk.subtract(BigDecimal.ONE), MC)
                    .multiply(BigDecimal.ONE.subtract(sumPq.divide(variance, MC)));
            assertThat(result.cronbachAlpha()).isCloseTo(kr20, within(new BigDecimal("0.50000001E-10")));
        });
    }

    @Test
    void statisticsStayInTheirRanges() {
        Check.forAll(TRIES, r -> {
            Matrix m = matrix(r, r.nextBoolean());
            Result result = ItemStatistics.analyse(m);
            assertThat(result.trainees()).isEqualTo(m.scores().size());
            for (ItemResult item : result.items()) {
                if (item.difficulty() != null) {
                    assertThat(item.difficulty()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                    assertThat(item.upperLower()).isBetween(BigDecimal.ONE.negate(), BigDecimal.ONE);
                }
                if (item.pointBiserial() != null) {
                    assertThat(item.pointBiserial()).isBetween(BigDecimal.ONE.negate(), BigDecimal.ONE);
                }
                if (item.allRight()) {
                    assertThat(item.difficulty()).isEqualByComparingTo("1");
                }
                if (item.allWrong()) {
                    assertThat(item.difficulty()).isEqualByComparingTo("0");
                }
            }
            if (result.cronbachAlpha() != null) {
                assertThat(result.cronbachAlpha()).isLessThanOrEqualTo(BigDecimal.ONE);
            }
        });
    }

    @Test
    void reorderingItemsReordersTheirResults() {
        Check.forAll(TRIES, r -> {
            Matrix m = matrix(r, r.nextBoolean());
            int k = m.items().size();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                order.add(i);
            }
            order = Gen.shuffled(order, r.nextLong());
            List<List<BigDecimal>> rows = new ArrayList<>();
            for (List<BigDecimal> row : m.scores()) {
                List<BigDecimal> permuted = new ArrayList<>();
                order.forEach(i -> permuted.add(row.get(i)));
                rows.add(permuted);
            }
            Matrix permuted = new Matrix(order.stream().map(m.items()::get).toList(),
                    order.stream().map(m.maxPoints()::get).toList(), rows);
            Result a = ItemStatistics.analyse(m);
            Result b = ItemStatistics.analyse(permuted);
            assertThat(b.cronbachAlpha()).isEqualTo(a.cronbachAlpha());
            assertThat(b.items()).isEqualTo(order.stream().map(a.items()::get).toList());
        });
    }
}
