package org.ustoz.assessments.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.PlainText;

/**
 * What a question says and how it is answered, in a form every {@link QuestionType} shares: the stem,
 * options ({@link Choice}), accepted answers ({@link AcceptedAnswer}) and type-specific settings.
 * A version of a question stores one content; editing a question stores a new version.
 *
 * @param stem     the question's text, in one or several languages
 * @param choices  options, premises or items, by type; empty where unused
 * @param answers  accepted answers (short answer, numeric); empty where unused
 * @param settings type-specific settings, such as {@code scoring=right-minus-wrong}; see each type
 * @param feedback general feedback shown in the review whatever the response; may be {@code null}
 */
public record QuestionContent(
        @NotNull @PlainText(PlainText.Kind.TEXT) LocalizedText stem,
        @Size(max = 200) List<@NotNull @Valid Choice> choices,
        @Size(max = 200) List<@NotNull @Valid AcceptedAnswer> answers,
        @Size(max = 50) Map<@NotNull @PlainText String, @NotNull @PlainText(max = 1000) String> settings,
        @PlainText(PlainText.Kind.TEXT) LocalizedText feedback) {

    public QuestionContent {
        // null elements are kept for validation to name them (choices[0]); a null stem is refused there
        choices = choices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(choices));
        answers = answers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(answers));
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(settings));
    }

    /** Content with options only. */
    public static QuestionContent withChoices(LocalizedText stem, List<Choice> choices) {
        return new QuestionContent(stem, choices, List.of(), Map.of(), null);
    }

    /** Content with accepted answers only. */
    public static QuestionContent withAnswers(LocalizedText stem, List<AcceptedAnswer> answers) {
        return new QuestionContent(stem, List.of(), answers, Map.of(), null);
    }

    /** This content with one more setting. */
    public QuestionContent with(String setting, String value) {
        var copy = new HashMap<>(settings);
        copy.put(setting, value);
        return new QuestionContent(stem, choices, answers, copy, feedback);
    }

    /** This content with general feedback. */
    public QuestionContent withFeedback(LocalizedText feedback) {
        return new QuestionContent(stem, choices, answers, settings, feedback);
    }

    /** A setting, or {@code fallback} when it is not set. */
    public String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    /** The choice with this key, or {@code null}. */
    public Choice choice(String key) {
        for (Choice c : choices) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
