package org.ustoz.core.error;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one exception type Ustoz services throw for anything a caller can act on: a domain rule
 * violation, an unknown id, invalid input, or a concurrency conflict. It carries a stable
 * {@link ErrorCode} and the arguments of its message; {@link #getMessage(Locale)} renders the message
 * in any of the supported languages (en, ru, ko, tg, uz, kk, ky, tk and uz-Cyrl, whose bundle files end in
 * {@code _uz_Cyrl}), and {@link #getLocalizedMessage()} in
 * the locale of the caller when the error was raised.
 */
public class UstozException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final transient Object[] arguments;
    private Locale locale;

    /**
     * An error with a code and the arguments of its message ({@link MessageFormat} placeholders
     * {@code {0}}, {@code {1}}, ...), rendered in English for {@link #getMessage()}.
     */
    public UstozException(ErrorCode errorCode, Object... arguments) {
        this(errorCode, null, Locale.ROOT, arguments);
    }

    /** Like {@link #UstozException(ErrorCode, Object...)}, with the failure that caused it. */
    public UstozException(ErrorCode errorCode, Throwable cause, Object... arguments) {
        this(errorCode, cause, Locale.ROOT, arguments);
    }

    protected UstozException(ErrorCode errorCode, Throwable cause, Locale locale, Object... arguments) {
        super(render(errorCode, Locale.ROOT, arguments), cause);
        this.errorCode = errorCode;
        this.arguments = arguments.clone();
        this.locale = locale;
    }

    /** The stable error code. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The code as a string, such as {@code courses.cohort.not-open}. */
    public String code() {
        return errorCode.code();
    }

    /** The kind of failure. */
    public ErrorKind kind() {
        return errorCode.kind();
    }

    /** The arguments of the message, in order. */
    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }

    /** The message in the given locale, falling back to English where a bundle lacks the text. */
    public String getMessage(Locale locale) {
        return render(errorCode, locale, arguments);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage(locale);
    }

    /** The locale {@link #getLocalizedMessage()} renders in. */
    public Locale locale() {
        return locale;
    }

    /**
     * Sets the locale of {@link #getLocalizedMessage()} unless one was set already; services call it
     * with the caller's locale as the error leaves them.
     *
     * @return this exception
     */
    public UstozException localizedFor(Locale callerLocale) {
        if (Locale.ROOT.equals(locale) && callerLocale != null) {
            locale = callerLocale;
        }
        return this;
    }

    /** Renders the message of a code in a locale; the code itself is shown where no text exists. */
    public static String render(ErrorCode code, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(code.bundle(), locale, UstozException.class.getModule())
                    .getString(code.code());
        } catch (MissingResourceException e) {
            return "[" + code.code() + "] " + Arrays.toString(arguments);
        }
        return "[" + code.code() + "] " + new MessageFormat(pattern, locale).format(arguments);
    }
}
