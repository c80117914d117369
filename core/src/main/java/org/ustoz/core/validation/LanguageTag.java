package org.ustoz.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.IllformedLocaleException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A well-formed BCP 47 language tag naming a language, such as {@code tg} or {@code uz-Latn}. */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "{org.ustoz.core.validation.LanguageTag.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link LanguageTag}. */
    final class Validator implements ConstraintValidator<LanguageTag, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value instanceof Locale locale) {
                return !locale.getLanguage().isEmpty();
            }
            try {
                return !new Locale.Builder().setLanguageTag(value.toString()).build().getLanguage().isEmpty();
            } catch (IllformedLocaleException e) {
                return false;
            }
        }
    }
}
