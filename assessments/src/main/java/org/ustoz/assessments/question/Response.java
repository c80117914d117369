package org.ustoz.assessments.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * A trainee's response to a question, as a list of values whose meaning the type gives:
 * <ul>
 *   <li>single choice and true/false: one choice key ({@link #choice(String)});</li>
 *   <li>multiple response: the chosen keys ({@link #choices(String...)});</li>
 *   <li>short answer, essay: one text ({@link #text(String)});</li>
 *   <li>numeric: one number written as text ({@link #number(BigDecimal)});</li>
 *   <li>matching: {@code premiseKey=answerKey} pairs, where the answer key is the key of the premise
 *       whose {@link Choice#match()} was chosen ({@link #matches(Map)});</li>
 *   <li>ordering: the keys in the trainee's order ({@link #order(String...)}).</li>
 * </ul>
 * An empty response is an unanswered question. A text value is a {@link PlainText} of kind
 * {@link PlainText.Kind#RESPONSE}: several lines, at most 100,000 characters (code points).
 */
public record Response(@NotNull @Size(max = 500) List<@NotNull @PlainText(PlainText.Kind.RESPONSE) String> values) {

    public static final Response EMPTY = new Response(List.of());

    public Response {
        // null is kept for validation to name it (values, values[0])
        values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Response choice(String key) {
        return new Response(List.of(key));
    }

    public static Response choices(String... keys) {
        return new Response(Arrays.asList(keys));
    }

    public static Response text(String text) {
        return new Response(List.of(text));
    }

    public static Response number(BigDecimal number) {
        return new Response(List.of(number.toPlainString()));
    }

    public static Response trueFalse(boolean value) {
        return new Response(List.of(Boolean.toString(value)));
    }

    public static Response order(String... keys) {
        return new Response(Arrays.asList(keys));
    }

    /** Matching: premise key to the key of the premise whose answer was chosen. */
    public static Response matches(Map<String, String> answerKeyByPremise) {
        List<String> pairs = new ArrayList<>();
        answerKeyByPremise.forEach((premise, answer) -> pairs.add(premise + "=" + answer));
        pairs.sort(null);
        return new Response(pairs);
    }

    /** Whether nothing was answered. */
    public boolean isEmpty() {
        return values == null || values.isEmpty() || values.stream().allMatch(v -> v == null || v.isBlank());
    }

    /** The single value, or {@code null} when there is none. */
    public String single() {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
