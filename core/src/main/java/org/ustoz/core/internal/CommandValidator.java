package org.ustoz.core.internal;

import org.ustoz.core.validation.PlainText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.resourceloading.AggregateResourceBundleLocator;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.error.Violation;

/**
 * Validates command records with Jakarta Validation before a service touches any data. Messages are
 * written in the caller's locale, taken from a supplier at each call; Ustoz ships messages for en,
 * ru, ko, tg, uz (Latin script), kk, ky, tk and uz-Cyrl (Uzbek in Cyrillic script, bundle files
 * {@code ValidationMessages_uz_Cyrl}). Message parameters ({@code {max}}) are interpolated; expression language
 * is not used, so no EL implementation is needed on the class path.
 */
public final class CommandValidator implements AutoCloseable {

    /** Languages Ustoz ships messages for. */
    public static final Set<Locale> SUPPORTED_LOCALES = Set.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.KOREAN, Locale.forLanguageTag("tg"), Locale.forLanguageTag("uz"), Locale.forLanguageTag("kk"),
            Locale.forLanguageTag("ky"), Locale.forLanguageTag("tk"), Locale.forLanguageTag("uz-Cyrl"));

    private final ValidatorFactory factory;
    private final Validator validator;
    private final Supplier<Locale> locale;

    /**
     * A validator whose messages follow {@code locale}, looking messages up first in the given
     * bundles (base names), then in Hibernate Validator's own.
     */
    public CommandValidator(Supplier<Locale> locale, List<String> messageBundles) {
        this.locale = locale;
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterOnlyInterpolator(
                        new AggregateResourceBundleLocator(messageBundles), SUPPORTED_LOCALES, Locale.ENGLISH,
                        context -> locale.get()))
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates a command (its fields, nested records and list elements).
     *
     * @throws ValidationFailedException naming every offending field, when the command is invalid
     */
    public <T> T validate(T command) {
        if (command == null) {
            throw new ValidationFailedException(List.of(new Violation("", "NotNull",
                    org.ustoz.core.error.UstozException.render(org.ustoz.core.error.CoreError.VALIDATION_FAILED,
                            locale.get(), "command is null"))), locale.get());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<Violation> list = violations.stream()
                    .map(v -> new Violation(path(v.getPropertyPath()),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::constraint))
                    .toList();
            throw new ValidationFailedException(list, locale.get());
        }
        return command;
    }

    /**
     * Validates one text passed to a service outside a command (a reason, an e-mail to look up, a
     * code to verify) as {@link PlainText} of a kind; {@code null} is valid. A {@link PlainText.Kind#REASON}
     * is also at most 1,000 UTF-16 units, the width of the reason columns.
     *
     * @param field the name a violation gives, such as {@code reason}
     * @return the text
     * @throws ValidationFailedException naming {@code field}, when the text is refused
     */
    public String validateText(String field, String text, PlainText.Kind kind) {
        Class<?> holder = switch (kind) {
            case LINE -> LineText.class;
            case REASON -> ReasonText.class;
            case TEXT -> LongText.class;
            case RESPONSE -> ResponseText.class;
        };
        Set<? extends ConstraintViolation<?>> violations = validator.validateValue(holder, "value", text);
        if (!violations.isEmpty()) {
            List<Violation> list = violations.stream()
                    .map(v -> new Violation(field,
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(Violation::message))
                    .toList();
            throw new ValidationFailedException(list, locale.get());
        }
        return text;
    }

    private record LineText(@PlainText(PlainText.Kind.LINE) String value) {
    }

    /** Reasons are kept in {@code VARCHAR(1000)} columns, which H2 measures in UTF-16 units. */
    private record ReasonText(@jakarta.validation.constraints.Size(max = 1000) @PlainText(PlainText.Kind.REASON)
            String value) {
    }

    private record LongText(@PlainText(PlainText.Kind.TEXT) String value) {
    }

    private record ResponseText(@PlainText(PlainText.Kind.RESPONSE) String value) {
    }

    /**
     * A property path as a caller writes it: {@code trainees[3].email}, {@code languages[0]},
     * {@code title[ru]}; the names Jakarta Validation gives container elements ({@code <list element>})
     * are left out, and a map key that is not a short plain key is shown as {@code ?}.
     */
    public static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : safeKey(node.getKey());
                out.append('[').append(position == null ? "" : position).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /**
     * A map key as a path shows it: a short key of letters, digits, dots, underscores and hyphens (a
     * language tag, a setting name) as it is; any other key, which may be the very text refused, as
     * {@code ?}, so that no message carries it.
     */
    private static Object safeKey(Object key) {
        if (key == null || key instanceof Number || key instanceof Enum<?> || key instanceof java.util.UUID) {
            return key;
        }
        String text = key.toString();
        return SAFE_KEY.matcher(text).matches() ? text : "?";
    }

    private static final java.util.regex.Pattern SAFE_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The underlying Jakarta Validation validator, configured as above. */
    public Validator validator() {
        return validator;
    }

    @Override
    public void close() {
        factory.close();
    }
}
