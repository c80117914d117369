package org.ustoz.assessments.internal.math;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.internal.math.GradeMath.Item;
import org.ustoz.assessments.internal.math.GradeMath.Part;

/**
 * Generators of gradebook inputs for the property tests: each draws one value from a {@link Random},
 * so a property is reproducible from its seed.
 */
final class Gen {

    private Gen() {
    }

    /** A decimal from {@code min} to {@code max} (unscaled values) at {@code scale} places. */
    static BigDecimal decimal(Random r, long min, long max, int scale) {
        return BigDecimal.valueOf(min + r.nextLong(max - min + 1), scale);
    }

    /** Maximum points from 1 to 100 with 0, 1 or 2 decimal places. */
    static BigDecimal maxPoints(Random r) {
        int scale = r.nextInt(3);
        long unit = (long) Math.pow(10, scale);
        return decimal(r, unit, 100 * unit, scale);
    }

    /** Points from 0 to {@code max}, two decimal places at most; 0, max and half of max come often. */
    static BigDecimal pointsUpTo(Random r, BigDecimal max) {
        return switch (r.nextInt(10)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> max;
            case 2 -> max.divide(BigDecimal.valueOf(2)); // exact: a half always terminates
            default -> decimal(r, 0, max.movePointRight(2).longValueExact(), 2);
        };
    }

    /** A weight from 0 to 5 with 0 or 1 decimal places; 0 comes often. */
    static BigDecimal weight(Random r) {
        if (r.nextInt(6) == 0) {
            return BigDecimal.ZERO;
        }
        int scale = r.nextInt(2);
        return decimal(r, 0, 5 * (long) Math.pow(10, scale), scale);
    }

    /** A random id; the full range, so that both signs of the halves take part in the order. */
    static UUID id(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }

    /** Distinct ids. */
    static List<UUID> ids(Random r, int n) {
        Set<UUID> ids = new HashSet<>();
        while (ids.size() < n) {
            ids.add(id(r));
        }
        List<UUID> list = new ArrayList<>(ids);
        Collections.sort(list);
        Collections.shuffle(list, r);
        return list;
    }

    /** An item: points null one time in five, an override one time in four. */
    static Item item(Random r, UUID id) {
        BigDecimal max = maxPoints(r);
        BigDecimal points = r.nextInt(5) == 0 ? null : pointsUpTo(r, max);
        BigDecimal override = r.nextInt(4) == 0 ? pointsUpTo(r, max) : null;
        return new Item(id, points, max, weight(r), override);
    }

    /**
     * 0 to 12 items with distinct ids; about a third repeat an earlier item's points and maximum, so
     * that equal percentages (ties when dropping) are common.
     */
    static List<Item> items(Random r) {
        int n = r.nextInt(13);
        List<UUID> ids = ids(r, n);
        List<Item> items = new ArrayList<>(n);
        for (UUID id : ids) {
            if (!items.isEmpty() && r.nextInt(3) == 0) {
                Item twin = items.get(r.nextInt(items.size()));
                items.add(new Item(id, twin.points(), twin.maxPoints(), weight(r), twin.overridePoints()));
            } else {
                items.add(item(r, id));
            }
        }
        return items;
    }

    /** A percentage from 0 to 120 at 10 decimal places (as categories produce them), or 0 to 2 places. */
    static BigDecimal percent(Random r) {
        return r.nextBoolean() ? decimal(r, 0, 120_00000_00000L, 10) : decimal(r, 0, 120_00, r.nextInt(3));
    }

    /** 0 to 8 categories; a percentage null one time in five. */
    static List<Part> parts(Random r) {
        int n = r.nextInt(9);
        List<Part> parts = new ArrayList<>(n);
        for (UUID id : ids(r, n)) {
            parts.add(new Part(id, r.nextInt(5) == 0 ? null : percent(r), weight(r)));
        }
        return parts;
    }

    static Aggregation aggregation(Random r) {
        return Aggregation.values()[r.nextInt(Aggregation.values().length)];
    }

    static MissingGrades missing(Random r) {
        return MissingGrades.values()[r.nextInt(MissingGrades.values().length)];
    }

    /** How many lowest to drop: 0 to 3. */
    static int dropLowest(Random r) {
        return r.nextInt(4);
    }

    /** A shuffled copy of {@code list}, by a generated seed. */
    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
