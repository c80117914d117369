package org.ustoz.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A {@link Duration} of whole seconds from {@link #minSeconds()} to {@link #maxSeconds()}, both
 * inclusive. {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = DurationRange.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DurationRange {

    /** Shortest duration allowed, in seconds. */
    long minSeconds() default 0;

    /** Longest duration allowed, in seconds. */
    long maxSeconds();

    String message() default "{org.ustoz.core.validation.DurationRange.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link DurationRange}. */
    final class Validator implements ConstraintValidator<DurationRange, Duration> {
        private long min;
        private long max;

        @Override
        public void initialize(DurationRange annotation) {
            this.min = annotation.minSeconds();
            this.max = annotation.maxSeconds();
        }

        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return value == null
                    || (value.getNano() == 0 && value.getSeconds() >= min && value.getSeconds() <= max);
        }
    }
}
