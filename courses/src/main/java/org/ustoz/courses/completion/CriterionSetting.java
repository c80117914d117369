package org.ustoz.courses.completion;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A criterion contributed through {@link CompletionCriterion}, with its parameters, such as
 * {@code assessments.final-grade-at-least} with {@code {"percent": "70"}}.
 *
 * @param type the criterion's {@link CompletionCriterion#type()}
 * @param parameters its parameters, as the criterion documents them
 */
public record CriterionSetting(
        @NotBlank @Size(max = 100) String type,
        @NotNull @Size(max = 20) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 500) String> parameters) {

    public CriterionSetting {
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
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
