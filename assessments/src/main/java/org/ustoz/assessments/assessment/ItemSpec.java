package org.ustoz.assessments.assessment;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A question to put in an assessment.
 *
 * @param points   the points it carries there; {@code null} takes the question's default points
 * @param rubricId for essays: the rubric to grade with; {@code null} takes the question's rubric
 */
public record ItemSpec(
        @NotNull UUID questionId,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 7, fraction = 2) BigDecimal points,
        UUID rubricId) {

    public static ItemSpec of(UUID questionId) {
        return new ItemSpec(questionId, null, null);
    }
}
