package org.ustoz.assessments.question;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.PlainText;

/**
 * An option of a question: a choice of a single-choice, multiple-response or true/false question, a
 * premise of a matching question (with the answer it {@link #match() matches}), or an item of an
 * ordering question (choices listed in the correct order).
 *
 * @param key      stable key of the option within the question, such as {@code a}; responses name it
 * @param text     what the trainee reads
 * @param credit   the fraction of the question's points this option earns when chosen, from -1 to 1
 *                 (negative for a wrong option under right-minus-wrong scoring); zero where the type
 *                 does not use it (matching, ordering)
 * @param match    for matching questions, the answer this premise goes with; otherwise {@code null}
 * @param feedback shown in the review when this option was chosen; may be {@code null}
 */
public record Choice(
        @NotNull @PlainText String key,
        @NotNull @PlainText(PlainText.Kind.TEXT) LocalizedText text,
        BigDecimal credit,
        @PlainText(PlainText.Kind.TEXT) LocalizedText match,
        @PlainText(PlainText.Kind.TEXT) LocalizedText feedback) {

    public Choice {
        credit = credit == null ? BigDecimal.ZERO : credit;
    }

    /** A choice earning {@code credit} (a fraction), without feedback. */
    public static Choice of(String key, LocalizedText text, String credit) {
        return new Choice(key, text, new BigDecimal(credit), null, null);
    }

    /** A correct choice (full credit). */
    public static Choice right(String key, LocalizedText text) {
        return new Choice(key, text, BigDecimal.ONE, null, null);
    }

    /** A wrong choice (no credit). */
    public static Choice wrong(String key, LocalizedText text) {
        return new Choice(key, text, BigDecimal.ZERO, null, null);
    }

    /** A premise of a matching question and the answer it goes with. */
    public static Choice pair(String key, LocalizedText premise, LocalizedText answer) {
        return new Choice(key, premise, BigDecimal.ZERO, answer, null);
    }

    /** An item of an ordering question. */
    public static Choice item(String key, LocalizedText text) {
        return new Choice(key, text, BigDecimal.ZERO, null, null);
    }

    /** This choice with feedback. */
    public Choice withFeedback(LocalizedText feedback) {
        return new Choice(key, text, credit, match, feedback);
    }
}
