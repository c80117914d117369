package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A trainee's line of the gradebook.
 *
 * @param finalPercent  the final grade (2 places half-up), or {@code null} when nothing counted
 * @param letter        the letter of the cohort's scale, or {@code null}
 * @param passed        whether the final grade reaches the gradebook's pass mark, or {@code null}
 */
public record GradebookRow(UUID enrolmentId, UUID traineeId, String traineeName, List<GradeCell> cells,
                           List<CategoryGrade> categories, BigDecimal finalPercent, boolean finalOverridden,
                           String letter, Boolean passed) {
}
