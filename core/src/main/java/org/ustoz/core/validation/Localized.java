package org.ustoz.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A {@link org.ustoz.core.i18n.LocalizedText} whose text in every language is at most {@link #max()}
 * characters long and not blank. {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = LocalizedValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Localized {

    /** Longest text allowed in any one language, in characters. */
    int max();

    String message() default "{org.ustoz.core.validation.Localized.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
