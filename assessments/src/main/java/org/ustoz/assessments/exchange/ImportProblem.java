package org.ustoz.assessments.exchange;

/**
 * Something about one imported question.
 *
 * @param severity what it does to the import
 * @param code     stable key: an error code such as {@code assessments.exchange.unbalanced-braces},
 *                 or {@code unsupported.*} / {@code warning.*} (see {@link QuestionBankExchange})
 * @param field    the part concerned, such as {@code content.choices[1].credit}; may be {@code null}
 * @param message  the message in the caller's language (errors), or a short English note
 */
public record ImportProblem(Severity severity, String code, String field, String message) {

    /** What a problem does to the import. */
    public enum Severity {
        /** The question is wrong: a real run writes nothing. */
        ERROR,
        /** Ustoz cannot represent the question: it is skipped, the others are imported. */
        UNSUPPORTED,
        /** Part of the question was left out; the rest is imported. */
        WARNING
    }
}
