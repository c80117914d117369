package org.ustoz.core.error;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

/**
 * The one exception type Ustoz services throw for anything a caller can act on: a domain rule
 * violation, an unknown id, invalid input, or a concurrency conflict. It carries a stable
 * {@link ErrorCode} and the arguments of its message; {@link #getMessage(Locale)} renders the message
 * in any of the supported languages (en, ru, ko, tg, uz, kk, ky, tk and uz-Cyrl, whose bundle files end in
 * {@code _uz_Cyrl}), and {@link #getLocalizedMessage()} in
 * the locale of the caller when the error was raised.
 *
 * <p>Messages are ICU {@link MessageFormat} patterns, so a count can choose its plural form
 * ({@code {2,plural,one{# trainee} other{# trainees}}}). An argument that is an {@link Enum}, such as a
 * status, is shown by its localized name: the text of the key
 * {@code enum.<SimpleClassName>.<CONSTANT>} (for example {@code enum.CohortStatus.OPEN_FOR_ENROLMENT})
 * in the bundle of the error code, or the constant name where the bundle has no such key.
 */
public class UstozException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final transient Object[] arguments;
    private Locale locale;

    /**
     * An error with a code and the arguments of its message (ICU {@link MessageFormat} placeholders
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
        ResourceBundle bundle;
        String pattern;
        try {
            bundle = ResourceBundle.getBundle(code.bundle(), locale, UstozException.class.getModule());
            pattern = bundle.getString(code.code());
        } catch (MissingResourceException e) {
            return "[" + code.code() + "] " + Arrays.toString(arguments);
        }
        // the root bundle is English: its counts take the English plural forms (one/other)
        Locale formatting = locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
        return "[" + code.code() + "] " + new MessageFormat(pattern, formatting).format(displayed(bundle, arguments));
    }

    /**
     * The arguments as a message shows them: an enum constant by its localized name from the bundle
     * ({@code enum.<SimpleClassName>.<CONSTANT>}, the constant name where there is none), a
     * {@code java.time} value by its ISO text as before (ICU would otherwise format it as a date).
     */
    private static Object[] displayed(ResourceBundle bundle, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                shown[i] = localizedName(bundle, constant);
            } else if (shown[i] instanceof TemporalAccessor temporal) {
                shown[i] = temporal.toString();
            }
        }
        return shown;
    }

    /** The localized name of an enum constant in a bundle, or the constant name where the bundle has none. */
    public static String localizedName(ResourceBundle bundle, Enum<?> constant) {
        String key = enumKey(constant);
        return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
    }

    /** The bundle key of an enum constant's localized name, such as {@code enum.CohortStatus.OPEN_FOR_ENROLMENT}. */
    public static String enumKey(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
