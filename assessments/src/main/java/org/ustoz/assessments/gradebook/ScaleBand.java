package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.Objects;

/** A band of a letter scale: a final percentage at least {@code minPercent} earns {@code label}. */
public record ScaleBand(BigDecimal minPercent, String label) {

    public ScaleBand {
        Objects.requireNonNull(minPercent, "minPercent");
        Objects.requireNonNull(label, "label");
    }

    public static ScaleBand of(String minPercent, String label) {
        return new ScaleBand(new BigDecimal(minPercent), label);
    }
}
