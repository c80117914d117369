package org.ustoz.courses.catalogue;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/**
 * Adds a module at the end of a draft course.
 *
 * @param courseId the course
 * @param code code unique in the course
 * @param title localized title, up to 300 characters per language
 * @param description localized description, optional
 * @param hours contact hours of the module
 * @param required whether completing the course needs this module
 */
public record AddModule(
        @NotNull UUID courseId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @PlainText String code,
        @NotNull @Localized(max = 300) @PlainText LocalizedText title,
        @Localized(max = 4000) @PlainText(PlainText.Kind.TEXT) LocalizedText description,
        @NotNull @DecimalMin("0.25") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal hours,
        boolean required) {
}
