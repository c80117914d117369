package org.ustoz.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed, safe to store on every supported database and to show back: well-formed
 * Unicode of a bounded length, without control characters. {@code null} is valid (combine with
 * {@code @NotNull} or {@code @NotBlank}).
 *
 * <p>Refused, whatever the {@link Kind}:
 * <ul>
 *   <li>NUL (U+0000), which PostgreSQL cannot store, and every other C0 control character (U+0001 to
 *       U+001F), except tab, line feed and carriage return in multi-line kinds;</li>
 *   <li>DEL (U+007F) and the C1 control characters (U+0080 to U+009F);</li>
 *   <li>in single-line kinds, also the line and paragraph separators U+2028 and U+2029;</li>
 *   <li>an unpaired surrogate (a high surrogate not followed by a low one, or a low one alone): it is
 *       not a character, and the drivers store it as "?" without notice;</li>
 *   <li>the noncharacters U+FFFE and U+FFFF;</li>
 *   <li>more code points than the kind's maximum (or {@link #max()} where given). A code point is
 *       what a reader counts as one character: an emoji outside the Basic Multilingual Plane is one,
 *       a letter with a combining accent is two.</li>
 * </ul>
 * Everything else is accepted as written and read back unchanged: letters of every script, combining
 * marks, emoji, bidirectional controls such as U+202E, text that looks like SQL or HTML (Ustoz binds
 * parameters and never builds markup; a host escapes what it renders).
 *
 * <p>Where it applies:
 * <ul>
 *   <li>a {@link String};</li>
 *   <li>a {@link org.ustoz.core.i18n.LocalizedText}: the text in every language; the violation names
 *       the language, as in {@code title[ru]};</li>
 *   <li>a record (such as an embeddable value used in a command): every {@code String} and
 *       {@code LocalizedText} component; the violation names the component, as in
 *       {@code venue.city};</li>
 *   <li>elements of a list, set or map: put it on the type argument
 *       ({@code List<@PlainText String> tags}) so that the violation names the element
 *       ({@code tags[2]}); on a collection itself (a {@code Set}, whose elements have no index) it checks
 *       every text element and names it by its position in iteration order.</li>
 * </ul>
 *
 * <p>Maximum lengths, in code points:
 * <table>
 *   <caption>Kinds of text</caption>
 *   <tr><th>Kind</th><th>Lines</th><th>Maximum</th><th>For</th></tr>
 *   <tr><td>{@link Kind#LINE}</td><td>one</td><td>300</td><td>names, e-mail addresses, school, region,
 *       subjects, codes, keys, tags, titles, labels, rooms, search text</td></tr>
 *   <tr><td>{@link Kind#REASON}</td><td>several</td><td>1,000</td><td>reasons (withdrawal, cancellation,
 *       attendance, revocation, override, correction) and rubric comments</td></tr>
 *   <tr><td>{@link Kind#TEXT}</td><td>several</td><td>20,000</td><td>grading feedback, descriptions,
 *       question stems, option and answer feedback</td></tr>
 *   <tr><td>{@link Kind#RESPONSE}</td><td>several</td><td>100,000</td><td>a trainee's responses (essay,
 *       short answer)</td></tr>
 * </table>
 * A field may also carry a stricter {@code @Size} or {@code @Localized}; the stricter limit applies.
 */
@Documented
@Constraint(validatedBy = {PlainTextValidator.ForString.class, PlainTextValidator.ForLocalizedText.class,
        PlainTextValidator.ForRecord.class, PlainTextValidator.ForCollection.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** What kind of text: whether it may have several lines, and its default maximum length. */
    Kind value() default Kind.LINE;

    /**
     * Longest text allowed, in code points; {@code -1} (the default) takes the {@link #value() kind}'s
     * maximum.
     */
    int max() default -1;

    String message() default "{org.ustoz.core.validation.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Kinds of text with their line rule and maximum length in code points. */
    enum Kind {
        /** One line, up to 300 code points: names, e-mail, school, codes, tags, titles. */
        LINE(false, 300),
        /** Several lines, up to 1,000 code points: reasons and comments. */
        REASON(true, 1_000),
        /** Several lines, up to 20,000 code points: feedback, descriptions, question stems. */
        TEXT(true, 20_000),
        /** Several lines, up to 100,000 code points: a trainee's response. */
        RESPONSE(true, 100_000);

        private final boolean multiline;
        private final int max;

        Kind(boolean multiline, int max) {
            this.multiline = multiline;
            this.max = max;
        }

        /** Whether tab, line feed and carriage return are allowed. */
        public boolean multiline() {
            return multiline;
        }

        /** The default maximum length in code points. */
        public int max() {
            return max;
        }
    }
}
