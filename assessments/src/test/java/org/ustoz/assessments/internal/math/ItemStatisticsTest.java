package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.internal.math.ItemStatistics.ItemResult;
import org.ustoz.assessments.internal.math.ItemStatistics.Matrix;
import org.ustoz.assessments.internal.math.ItemStatistics.Result;

/** Item analysis against small hand-computed score matrices. */
class ItemStatisticsTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static List<UUID> ids(int k) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            ids.add(new UUID(0, i));
        }
        return ids;
    }

    static List<BigDecimal> row(String... scores) {
        return Arrays.stream(scores).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    static List<BigDecimal> maxima(String... max) {
        return row(max);
    }

    /**
     * Five trainees, four right/wrong items:
     * <pre>
     *        I1 I2 I3 I4  total
     *   T1    1  1  1  1    4
     *   T2    1  1  1  0    3
     *   T3    1  1  0  0    2
     *   T4    1  0  1  0    2
     *   T5    0  0  0  0    0
     * </pre>
     */
    static final Matrix DICHOTOMOUS = new Matrix(ids(4), maxima("1", "1", "1", "1"), List.of(
            row("1", "1", "1", "1"),
            row("1", "1", "1", "0"),
            row("1", "1", "0", "0"),
            row("1", "0", "1", "0"),
            row("0", "0", "0", "0")));

    @Test
    void difficultyIsTheProportionCorrect() {
        Result r = ItemStatistics.analyse(DICHOTOMOUS);
        assertThat(r.trainees()).isEqualTo(5);
        assertThat(r.items()).extracting(ItemResult::item).containsExactlyElementsOf(ids(4));
        // p = 4/5, 3/5, 3/5, 1/5
        assertThat(r.items()).extracting(ItemResult::difficulty)
                .containsExactly(d("0.8000000000"), d("0.6000000000"), d("0.6000000000"), d("0.2000000000"));
    }

    @Test
    void cronbachAlphaEqualsKr20ForRightWrongItems() {
        // KR-20 = k/(k−1) · (1 − Σpq / σ²ₜ), population variance:
        //   Σpq = 0.8·0.2 + 0.6·0.4 + 0.6·0.4 + 0.2·0.8 = 0.16 + 0.24 + 0.24 + 0.16 = 0.80
        //   totals 4, 3, 2, 2, 0: mean 2.2, Σt² = 33, σ²ₜ = 33/5 − 2.2² = 6.6 − 4.84 = 1.76
        //   KR-20 = 4/3 · (1 − 0.80/1.76) = 4/3 · 6/11 = 8/11 = 0.727272… → 0.7272727273
        // Alpha uses the item variances, which for 0/1 items are exactly pq, so it is the same.
        Result r = ItemStatistics.analyse(DICHOTOMOUS);
        assertThat(r.cronbachAlpha()).isEqualTo(d("0.7272727273"));

        BigDecimal sumPq = BigDecimal.ZERO;
        for (ItemResult item : r.items()) {
            BigDecimal p = item.difficulty();
            sumPq = sumPq.add(p.multiply(BigDecimal.ONE.subtract(p)));
        }
        BigDecimal kr20 = d("4").divide(d("3"), 20, RoundingMode.HALF_EVEN)
                .multiply(BigDecimal.ONE.subtract(sumPq.divide(d("1.76"), 20, RoundingMode.HALF_EVEN)));
        assertThat(r.cronbachAlpha()).isCloseTo(kr20, within(d("1E-10")));
    }

    @Test
    void pointBiserialCorrelatesTheItemWithTheRestOfTheTest() {
        // r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), y = total − item
        //   I1: x 1,1,1,1,0  y 3,2,1,1,0  → (35 − 28) / √(4 · 26)  = 7/√104 = 0.6864064730
        //   I2: x 1,1,1,0,0  y 3,2,1,2,0  → (30 − 24) / √(6 · 26)  = 6/√156 = 0.4803844614
        //   I3: x 1,1,0,1,0  y 3,2,2,1,0  → (30 − 24) / √(6 · 26)  = 6/√156 = 0.4803844614
        //   I4: x 1,0,0,0,0  y 3,3,2,2,0  → (15 − 10) / √(4 · 30)  = 5/√120 = 0.4564354646
        Result r = ItemStatistics.analyse(DICHOTOMOUS);
        assertThat(r.items()).extracting(ItemResult::pointBiserial).containsExactly(
                d("0.6864064730"), d("0.4803844614"), d("0.4803844614"), d("0.4564354646"));
    }

    @Test
    void upperLowerComparesTheTopAndBottomGroups() {
        // n = 5: groups of max(1, round(1.35)) = 1: T1 (4) against T5 (0), every item 1 − 0
        Result r = ItemStatistics.analyse(DICHOTOMOUS);
        assertThat(r.items()).extracting(ItemResult::upperLower).allSatisfy(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(r.items()).noneMatch(ItemResult::allRight).noneMatch(ItemResult::allWrong);
    }

    @Test
    void upperLowerBreaksTiesByRowIndex() {
        // n = 7: groups of round(0.27 · 7) = round(1.89) = 2. Item A out of 1, item B out of 2.
        //   row  A  B  total         ranking (total desc, then row index): 0, 6, 1, 2, 3, 4, 5
        //    0   1  2    3           upper = rows 0, 6;  lower = rows 4, 5 (row 3 ties with row 4
        //    1   0  2    2           on 1 point and ranks above it, having the lower index)
        //    2   1  1    2
        //    3   1  0    1           A: upper (1 + 1)/2 = 1, lower (0 + 0)/2 = 0          → D = 1
        //    4   0  1    1           B: upper (2/2 + 2/2)/2 = 1, lower (1/2 + 0)/2 = 0.25 → D = 0.75
        //    5   0  0    0
        //    6   1  2    3
        Matrix m = new Matrix(ids(2), maxima("1", "2"), List.of(
                row("1", "2"), row("0", "2"), row("1", "1"), row("1", "0"), row("0", "1"), row("0", "0"),
                row("1", "2")));
        Result r = ItemStatistics.analyse(m);
        assertThat(r.items()).extracting(ItemResult::upperLower).containsExactly(d("1.0000000000"), d("0.7500000000"));
        // p = 4/7 for A and 8/14 for B; alpha = 2 · (n²σ²ₜ − Σn²σ²ᵢ) / n²σ²ₜ = 2 · (52 − 12 − 34) / 52 = 3/13
        assertThat(r.items()).extracting(ItemResult::difficulty).containsExactly(d("0.5714285714"), d("0.5714285714"));
        assertThat(r.cronbachAlpha()).isEqualTo(d("0.2307692308"));
        // A against B (its rest score): (7·5 − 4·8) / √(12 · 34) = 3/√408 = 0.1485221314, B against A the same
        assertThat(r.items()).extracting(ItemResult::pointBiserial).containsExactly(d("0.1485221314"), d("0.1485221314"));
    }

    @Test
    void flagsItemsEveryoneGotRightOrWrong() {
        // Q1 out of 2: 2, 2, 2 → all right; Q2 out of 1: 0, not answered, 0 → all wrong;
        // Q3 out of 3: 3, 1.5, 0 → difficulty 4.5 / 9 = 0.5.
        // Q1 and Q2 have no variance, so no correlation; Q3's rest score is 2, 2, 2 → none either.
        // alpha = 3/2 · (1 − (0 + 0 + 1.5) / 1.5) = 0 (totals 5, 3.5, 2 vary only through Q3).
        Matrix m = new Matrix(ids(3), maxima("2", "1", "3"), List.of(
                row("2", "0", "3"), row("2", null, "1.5"), row("2", "0", "0")));
        Result r = ItemStatistics.analyse(m);
        ItemResult q1 = r.items().get(0);
        ItemResult q2 = r.items().get(1);
        ItemResult q3 = r.items().get(2);
        assertThat(q1.allRight()).isTrue();
        assertThat(q1.allWrong()).isFalse();
        assertThat(q1.difficulty()).isEqualByComparingTo("1");
        assertThat(q1.pointBiserial()).isNull();
        assertThat(q2.allWrong()).isTrue();
        assertThat(q2.allRight()).isFalse();
        assertThat(q2.difficulty()).isEqualByComparingTo("0");
        assertThat(q2.pointBiserial()).isNull();
        assertThat(q3.allRight()).isFalse();
        assertThat(q3.allWrong()).isFalse();
        assertThat(q3.difficulty()).isEqualByComparingTo("0.5");
        assertThat(q3.pointBiserial()).isNull();
        assertThat(q3.upperLower()).isEqualByComparingTo("1"); // n = 3, groups of 1: 3/3 − 0/3
        assertThat(r.cronbachAlpha()).isEqualByComparingTo("0");
    }

    @Test
    void alphaIsUndefinedForOneItemOrNoSpread() {
        Matrix oneItem = new Matrix(ids(1), maxima("1"), List.of(row("1"), row("0")));
        assertThat(ItemStatistics.analyse(oneItem).cronbachAlpha()).isNull();
        assertThat(ItemStatistics.analyse(oneItem).items().get(0).pointBiserial()).isNull();

        Matrix sameTotals = new Matrix(ids(2), maxima("1", "1"), List.of(row("1", "0"), row("0", "1")));
        Result r = ItemStatistics.analyse(sameTotals);
        assertThat(r.cronbachAlpha()).isNull();
        assertThat(r.items().get(0).difficulty()).isEqualByComparingTo("0.5");
    }

    @Test
    void noTrainees() {
        Result r = ItemStatistics.analyse(new Matrix(ids(2), maxima("1", "1"), List.of()));
        assertThat(r.trainees()).isZero();
        assertThat(r.cronbachAlpha()).isNull();
        assertThat(r.items()).allSatisfy(item -> {
            assertThat(item.difficulty()).isNull();
            assertThat(item.pointBiserial()).isNull();
            assertThat(item.upperLower()).isNull();
            assertThat(item.allRight()).isFalse();
            assertThat(item.allWrong()).isFalse();
        });
    }

    @Test
    void invalidMatricesAreRejected() {
        assertThatThrownBy(() -> new Matrix(ids(2), maxima("1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Matrix(ids(1), maxima("0"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Matrix(ids(2), maxima("1", "1"), List.of(row("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Matrix(ids(1), maxima("1"), List.of(row("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Matrix(ids(1), maxima("1"), List.of(row("1.5"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
