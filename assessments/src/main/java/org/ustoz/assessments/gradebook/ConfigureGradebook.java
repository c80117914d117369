package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sets how a cohort's gradebook counts missing grades, its letter scale (empty for none) and the
 * final percentage that passes ({@code null} for no pass/fail).
 */
public record ConfigureGradebook(
        @NotNull UUID cohortId,
        @NotNull MissingGrades missingGrades,
        @Size(max = 30) List<@NotNull @Valid ScaleBand> scale,
        @DecimalMin("0") @DecimalMax("100") BigDecimal passPercent) {

    public ConfigureGradebook {
        // a null element is kept for validation to name it (scale[0])
        scale = scale == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(scale));
    }
}
