package org.ustoz.assessments.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.internal.math.GradeMath.Item;
import org.ustoz.assessments.internal.math.GradeMath.Part;

/**
 * {@link GradeMath} (one common denominator per category, {@code BigDecimal} only) equals
 * {@link GradeMathReference} (exact {@code Fraction}s) exactly: same value and same scale.
 */
class GradeMathExactnessPropertyTest {

    static final int TRIES = 2000;

    @Test
    void categoryEqualsTheFractionReference() {
        Check.forAll(TRIES, r -> {
            List<Item> items = r.nextBoolean() ? Gen.items(r) : extremeItems(r);
            Aggregation aggregation = Gen.aggregation(r);
            MissingGrades missing = Gen.missing(r);
            int drop = r.nextInt(6);
            assertThat(GradeMath.category(aggregation, drop, missing, items))
                    .as("%s, drop %d, %s, items %s", aggregation, drop, missing, items)
                    .isEqualTo(GradeMathReference.category(aggregation, drop, missing, items));
        });
    }

    @Test
    void overallEqualsTheFractionReference() {
        Check.forAll(TRIES, r -> {
            List<Part> parts = Gen.parts(r);
            BigDecimal override = r.nextInt(5) == 0 ? Gen.decimal(r, 0, 120_00, r.nextInt(3)) : null;
            assertThat(GradeMath.overall(parts, override)).as("parts %s, override %s", parts, override)
                    .isEqualTo(GradeMathReference.overall(parts, override));
        });
    }

    @Test
    void percentEqualsTheFractionReference() {
        Check.forAll(TRIES, r -> {
            BigDecimal max = maxPoints(r);
            BigDecimal points = points(r, max);
            assertThat(GradeMath.percent(points, max)).as("%s / %s", points, max)
                    .isEqualTo(GradeMathReference.percent(points, max));
        });
    }

    /** Items with tiny, huge, coprime and 1E+n maxima, extra credit and zero weights; many ties. */
    static List<Item> extremeItems(Random r) {
        int n = r.nextInt(13);
        List<UUID> ids = Gen.ids(r, n);
        List<Item> items = new ArrayList<>();
        for (UUID id : ids) {
            if (!items.isEmpty() && r.nextInt(3) == 0) {
                Item twin = items.get(r.nextInt(items.size()));
                items.add(new Item(id, twin.points(), twin.maxPoints(), Gen.weight(r), twin.overridePoints()));
                continue;
            }
            BigDecimal max = maxPoints(r);
            BigDecimal weight = r.nextInt(4) == 0 ? BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(5))
                    : Gen.weight(r);
            items.add(new Item(id, r.nextInt(5) == 0 ? null : points(r, max), max, weight,
                    r.nextInt(4) == 0 ? points(r, max) : null));
        }
        return items;
    }

    static BigDecimal maxPoints(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> BigDecimal.valueOf(1 + r.nextInt(100), 2 + r.nextInt(5));
            case 1 -> BigDecimal.valueOf(1 + (r.nextLong() >>> 20), r.nextInt(4));
            case 2 -> new BigDecimal(BigInteger.valueOf(1 + r.nextInt(9)), -(1 + r.nextInt(3)));
            case 3 -> BigDecimal.valueOf(new int[] {3, 7, 9, 11, 13, 17, 19, 23, 29, 31}[r.nextInt(10)]);
            default -> Gen.maxPoints(r);
        };
    }

    static BigDecimal points(Random r, BigDecimal max) {
        return switch (r.nextInt(7)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.ZERO.setScale(r.nextInt(4));
            case 2 -> max;
            case 3 -> max.add(max.multiply(BigDecimal.valueOf(1 + r.nextInt(99), 2))); // extra credit
            case 4 -> new BigDecimal(BigInteger.valueOf(r.nextInt(10)), -r.nextInt(3));
            default -> max.multiply(BigDecimal.valueOf(r.nextInt(100001), 5));
        };
    }
}
