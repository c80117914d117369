package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.ustoz.core.validation.PlainText;

/** A band of a letter scale: a final percentage at least {@code minPercent} earns {@code label}. */
public record ScaleBand(@NotNull BigDecimal minPercent, @NotNull @PlainText String label) {

    public static ScaleBand of(String minPercent, String label) {
        return new ScaleBand(new BigDecimal(minPercent), label);
    }
}
