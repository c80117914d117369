package org.ustoz.courses.completion;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * A criterion contributed through {@link CompletionCriterion}, with its parameters, such as
 * {@code assessments.final-grade-at-least} with {@code {"percent": "70"}}.
 *
 * @param type the criterion's {@link CompletionCriterion#type()}
 * @param parameters its parameters, as the criterion documents them
 */
public record CriterionSetting(
        @NotBlank @Size(max = 100) @PlainText String type,
        @NotNull @Size(max = 20) Map<@NotBlank @Size(max = 100) @PlainText String, @NotNull @Size(max = 500) @PlainText(max = 500) String> parameters) {

    public CriterionSetting {
        if (parameters == null) {
            parameters = Map.of();
        } else {
            // sorted by key; a null key or value is kept for validation to name it
            Map<String, String> sorted = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
            sorted.putAll(parameters);
            parameters = Collections.unmodifiableMap(sorted);
        }
    }

    /** A criterion without parameters. */
    public static CriterionSetting of(String type) {
        return new CriterionSetting(type, Map.of());
    }

    /** A criterion with parameters given as key, value, key, value… */
    public static CriterionSetting of(String type, String... keysAndValues) {
        Map<String, String> p = new TreeMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            p.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new CriterionSetting(type, p);
    }
}
