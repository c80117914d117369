package org.ustoz.core.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.ustoz.core.i18n.LocalizedText;

/**
 * Checks {@link PlainText}. Each violation gets its own message: a control character, an unpaired
 * surrogate, or a text that is too long (with the maximum as {@code {max}}). The refused value is
 * never put in a message.
 */
public abstract sealed class PlainTextValidator<T> implements ConstraintValidator<PlainText, T>
        permits PlainTextValidator.ForString, PlainTextValidator.ForLocalizedText, PlainTextValidator.ForRecord,
        PlainTextValidator.ForCollection {

    static final String CONTROL_LINE = "{org.ustoz.core.validation.PlainText.control.line}";
    static final String CONTROL_MULTILINE = "{org.ustoz.core.validation.PlainText.control.multiline}";
    static final String SURROGATE = "{org.ustoz.core.validation.PlainText.surrogate}";
    static final String TOO_LONG = "{org.ustoz.core.validation.PlainText.length}";

    private boolean multiline;
    private int max;

    @Override
    public void initialize(PlainText annotation) {
        this.multiline = annotation.value().multiline();
        this.max = annotation.max() >= 0 ? annotation.max() : annotation.value().max();
    }

    /**
     * What is wrong with a text as a {@link PlainText} of this kind: {@code null} when nothing is,
     * otherwise the message template of the first problem found.
     */
    public static String problem(String text, PlainText.Kind kind, int max) {
        return problem(text, kind.multiline(), max);
    }

    static String problem(String text, boolean multiline, int max) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int codePoints = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            codePoints++;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return SURROGATE;
            }
            if (c < 0x20) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return multiline ? CONTROL_MULTILINE : CONTROL_LINE;
                }
            } else if ((c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF
                    || (!multiline && (c == 0x2028 || c == 0x2029))) {
                return multiline ? CONTROL_MULTILINE : CONTROL_LINE;
            }
        }
        return codePoints > max ? TOO_LONG : null;
    }

    /** Whether a text is acceptable as a {@link PlainText} of this kind and maximum length. */
    public static boolean isValid(String text, PlainText.Kind kind, int max) {
        return problem(text, kind, max) == null;
    }

    /** Checks one text; {@code node} names the element inside the annotated value, or is null. */
    final boolean check(String text, ConstraintValidatorContext context, Node node, boolean[] first) {
        String problem = problem(text, multiline, max);
        if (problem == null) {
            return true;
        }
        if (first[0]) {
            context.disableDefaultConstraintViolation();
            first[0] = false;
        }
        if (context instanceof HibernateConstraintValidatorContext hibernate) {
            hibernate.addMessageParameter("max", max);
        }
        var builder = context.buildConstraintViolationWithTemplate(problem);
        if (node == null) {
            builder.addConstraintViolation();
        } else if (node.index() != null) {
            builder.addBeanNode().inIterable().atIndex(node.index()).addConstraintViolation();
        } else if (node.key() != null) {
            builder.addBeanNode().inIterable().atKey(node.key()).addConstraintViolation();
        } else {
            builder.addPropertyNode(node.property()).addConstraintViolation();
        }
        return false;
    }

    /** Where inside the annotated value a text is: a key ({@code [ru]}) or a property ({@code .city}). */
    record Node(String key, String property, Integer index) {
        Node(String key, String property) {
            this(key, property, null);
        }
    }

    /** {@link PlainText} on a {@link String}. */
    public static final class ForString extends PlainTextValidator<String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return check(value, context, null, new boolean[] {true});
        }
    }

    /** {@link PlainText} on a {@link LocalizedText}: the text in every language. */
    public static final class ForLocalizedText extends PlainTextValidator<LocalizedText> {
        @Override
        public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            boolean[] first = {true};
            for (Map.Entry<String, String> e : value.asMap().entrySet()) {
                valid &= check(e.getValue(), context, new Node(e.getKey(), null), first);
            }
            return valid;
        }
    }

    /**
     * {@link PlainText} on a collection of texts (such as a {@code Set} of tags, whose elements have no
     * index of their own): each {@code String} element, named by its position in iteration order, as
     * in {@code tags[2]}. Other and {@code null} elements are left to their own constraints.
     */
    public static final class ForCollection extends PlainTextValidator<java.util.Collection<?>> {
        @Override
        public boolean isValid(java.util.Collection<?> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            boolean[] first = {true};
            int i = 0;
            for (Object element : value) {
                if (element instanceof String s) {
                    valid &= check(s, context, new Node(null, null, i), first);
                }
                i++;
            }
            return valid;
        }
    }

    /** {@link PlainText} on a record: each {@code String} and {@code LocalizedText} component. */
    public static final class ForRecord extends PlainTextValidator<Record> {
        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            boolean[] first = {true};
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object v;
                try {
                    var accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    v = accessor.invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
                if (v instanceof String s) {
                    valid &= check(s, context, new Node(null, component.getName()), first);
                } else if (v instanceof LocalizedText text) {
                    for (Map.Entry<String, String> e : text.asMap().entrySet()) {
                        valid &= check(e.getValue(), context,
                                new Node(null, component.getName() + "[" + e.getKey() + "]"), first);
                    }
                }
            }
            return valid;
        }
    }
}
