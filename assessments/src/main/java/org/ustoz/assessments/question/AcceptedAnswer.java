package org.ustoz.assessments.question;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.PlainText;

/**
 * An answer a short-answer or numeric question accepts, with the credit it earns.
 *
 * @param value     short answer: the accepted text, where {@code *} matches any run of characters;
 *                  numeric: the number, as a plain decimal such as {@code 3.14}
 * @param credit    fraction of the question's points earned, from 0 to 1
 * @param tolerance numeric only: how far a response may be from {@code value}, absolute or relative
 *                  by the question's {@code tolerance} setting; {@code null} means exact
 * @param feedback  shown in the review when this answer matched; may be {@code null}
 */
public record AcceptedAnswer(
        @NotNull @PlainText String value,
        BigDecimal credit,
        BigDecimal tolerance,
        @PlainText(PlainText.Kind.TEXT) LocalizedText feedback) {

    public AcceptedAnswer {
        credit = credit == null ? BigDecimal.ONE : credit;
    }

    /** An answer earning full credit. */
    public static AcceptedAnswer of(String value) {
        return new AcceptedAnswer(value, BigDecimal.ONE, null, null);
    }

    /** An answer earning {@code credit} (a fraction). */
    public static AcceptedAnswer of(String value, String credit) {
        return new AcceptedAnswer(value, new BigDecimal(credit), null, null);
    }

    /** A numeric answer with a tolerance. */
    public static AcceptedAnswer number(String value, String tolerance, String credit) {
        return new AcceptedAnswer(value, new BigDecimal(credit), tolerance == null ? null : new BigDecimal(tolerance), null);
    }
}
