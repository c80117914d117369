package org.ustoz.assessments.question.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

/** Checks the built-in question types share: choice keys, credit ranges, settings and response keys. */
final class Checks {

    /** Longest choice key, in code points. */
    static final int MAX_KEY_LENGTH = 40;

    private Checks() {
    }

    /**
     * Checks that there are at least {@code minimum} choices and that their keys are non-blank, unique,
     * at most {@value #MAX_KEY_LENGTH} characters long and free of {@code =} and {@code ,}.
     */
    static void choices(QuestionContent content, int minimum, List<ContentProblem> problems) {
        List<Choice> choices = content.choices();
        if (choices.size() < minimum) {
            problems.add(new ContentProblem("choices",
                    "needs at least " + minimum + " choices, has " + choices.size()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            String key = choices.get(i).key();
            String field = "choices[" + i + "].key";
            if (key.isBlank()) {
                problems.add(new ContentProblem(field, "must not be blank"));
                continue;
            }
            if (key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
                problems.add(new ContentProblem(field, "must be at most " + MAX_KEY_LENGTH + " characters long"));
            }
            if (key.indexOf('=') >= 0 || key.indexOf(',') >= 0) {
                problems.add(new ContentProblem(field, "must not contain '=' or ','"));
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                problems.add(new ContentProblem(field, "\"" + key + "\" is also the key of choices[" + first + "]"));
            }
        }
    }

    /** Checks that {@code credit} lies within {@code minimum..maximum}, reporting it on {@code field}. */
    static boolean creditWithin(BigDecimal credit, BigDecimal minimum, BigDecimal maximum, String field,
                                List<ContentProblem> problems) {
        if (credit.compareTo(minimum) < 0 || credit.compareTo(maximum) > 0) {
            problems.add(new ContentProblem(field, "credit " + credit.toPlainString() + " is outside "
                    + minimum.toPlainString() + ".." + maximum.toPlainString()));
            return false;
        }
        return true;
    }

    /**
     * The {@value QuestionTypes#SCORING} setting when it is one of {@code allowed} (the first being
     * the default), otherwise {@code null} after adding a problem on {@code settings.scoring}.
     */
    static String scoring(QuestionContent content, List<ContentProblem> problems, String... allowed) {
        return setting(content, QuestionTypes.SCORING, problems, allowed);
    }

    /**
     * A setting when it is one of {@code allowed} (the first being the default), otherwise
     * {@code null} after adding a problem on {@code settings.<name>}.
     */
    static String setting(QuestionContent content, String name, List<ContentProblem> problems, String... allowed) {
        String value = content.setting(name, allowed[0]);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return candidate;
            }
        }
        problems.add(new ContentProblem("settings." + name,
                "unknown value \"" + value + "\"; expected " + String.join(", ", allowed)));
        return null;
    }

    /** A setting, for grading content whose problems were already checked. */
    static String settingForGrading(QuestionContent content, String name, String... allowed) {
        List<ContentProblem> problems = new ArrayList<>();
        String value = setting(content, name, problems, allowed);
        if (value == null) {
            throw new IllegalArgumentException("Cannot grade: " + problems.get(0).field() + " "
                    + problems.get(0).message());
        }
        return value;
    }

    /**
     * Problems with a response that names exactly one choice: a single known key. An empty response
     * has none.
     */
    static List<String> oneKey(QuestionContent content, Response response) {
        if (response.isEmpty()) {
            return List.of();
        }
        if (response.values().size() != 1) {
            return List.of("expected one choice key, got " + response.values().size() + " values");
        }
        String key = response.single();
        return content.choice(key) == null ? List.of(unknownKey(key)) : List.of();
    }

    /**
     * Problems with a response that names several choices: known keys, each at most once. An empty
     * response has none.
     */
    static List<String> distinctKeys(QuestionContent content, Response response) {
        if (response.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : response.values()) {
            if (content.choice(key) == null) {
                problems.add(unknownKey(key));
            } else if (!seen.add(key)) {
                problems.add("choice key \"" + key + "\" is given more than once");
            }
        }
        return List.copyOf(problems);
    }

    static String unknownKey(String key) {
        return "unknown choice key \"" + key + "\"";
    }

    /** Throws when a response to be graded has problems: {@code grade} takes only accepted responses. */
    static void requireGradable(String typeId, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot grade a " + typeId + " response: " + String.join("; ", problems));
        }
    }
}
