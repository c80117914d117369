package org.ustoz.assessments.question;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Adds a question to the bank; its content is checked by its type and stored as version 1.
 *
 * @param code     optional stable code, unique in the tenant (for imports and references)
 * @param points   default points when the question is put in an assessment
 * @param rubricId for essays: the rubric graders use by default; may be {@code null}
 */
public record AddQuestion(
        @NotNull UUID categoryId,
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") @PlainText String code,
        @NotBlank @Size(max = 60) @PlainText String type,
        @NotNull @Valid QuestionContent content,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 7, fraction = 2) BigDecimal points,
        @Size(max = 50) @PlainText Set<@NotBlank @Size(max = 60) String> tags,
        UUID rubricId) {

    public AddQuestion {
        // in the caller's order (so that a violation names tags[2]); a null element is kept for validation
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    }
}
