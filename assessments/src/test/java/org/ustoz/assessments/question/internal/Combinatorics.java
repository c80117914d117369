package org.ustoz.assessments.question.internal;

import java.util.ArrayList;
import java.util.List;

/** Exhaustive subsets and permutations of small lists, for tests that try every case. */
final class Combinatorics {

    private Combinatorics() {
    }

    /** Every subset of {@code items}, each keeping the items' order. */
    static List<List<String>> subsets(List<String> items) {
        List<List<String>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(items.get(i));
                }
            }
            subsets.add(List.copyOf(subset));
        }
        return subsets;
    }

    /** Every permutation of {@code items}. */
    static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> permutations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String first = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                permutations.add(List.copyOf(permutation));
            }
        }
        return permutations;
    }
}
