package org.ustoz.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.ustoz.core.i18n.LocalizedText;

/** Checks {@link Localized}. */
public final class LocalizedValidator implements ConstraintValidator<Localized, LocalizedText> {

    private int max;

    @Override
    public void initialize(Localized annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        return value == null || value.asMap().values().stream().allMatch(t -> !t.isBlank() && t.length() <= max);
    }
}
