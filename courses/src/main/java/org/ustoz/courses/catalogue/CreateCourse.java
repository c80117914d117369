package org.ustoz.courses.catalogue;

import java.math.BigDecimal;
import java.util.List;

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
 * Creates a draft course.
 *
 * @param code code unique in the tenant, such as {@code DIGI-EDU}: letters, digits, {@code . _ -}
 * @param title localized title, up to 300 characters per language
 * @param description localized description, up to 4,000 characters per language; optional
 * @param learningOutcomes what a trainee can do after the course, up to 50, each up to 1,000 characters
 * @param totalHours total contact hours, 0.5 to 10,000, two decimals at most
 */
public record CreateCourse(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @PlainText String code,
        @NotNull @Localized(max = 300) @PlainText LocalizedText title,
        @Localized(max = 4000) @PlainText(PlainText.Kind.TEXT) LocalizedText description,
        @NotNull @Size(max = 50) List<@NotNull @Localized(max = 1000) @PlainText(PlainText.Kind.TEXT) LocalizedText> learningOutcomes,
        @NotNull @DecimalMin("0.5") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal totalHours) {
}
