package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A cohort's gradebook: its categories and columns, and a row per enrolled (or finished) trainee. */
public record Gradebook(UUID cohortId, MissingGrades missingGrades, BigDecimal passPercent,
                        List<ScaleBand> scale, List<CategoryColumn> categories, List<GradeColumn> columns,
                        List<GradebookRow> rows) {

    /** The row of a trainee, or {@code null}. */
    public GradebookRow row(UUID traineeId) {
        return rows.stream().filter(r -> r.traineeId().equals(traineeId)).findFirst().orElse(null);
    }
}
