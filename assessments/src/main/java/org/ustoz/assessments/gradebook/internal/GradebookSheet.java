package org.ustoz.assessments.gradebook.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.ScaleBand;

/**
 * The numbers of a cohort's gradebook as read, before any arithmetic, in arrays indexed by position:
 * categories {@code c} and items {@code i} in gradebook order, enrolments {@code e} in row order.
 * {@code points[i][e]} is the trainee's points on the item ({@code null} = not graded; for an
 * assessment item already reduced over its attempts), {@code overrides[i]} is {@code null} when the
 * item has no override at all, else {@code overrides[i][e]} the override in force ({@code null} =
 * none), and {@code finalOverrides[e]} the final percentage override in force ({@code null} = none).
 * The arrays are shared, not copied.
 */
record GradebookSheet(MissingGrades missing, List<ScaleBand> scale, BigDecimal passPercent,
                      UUID[] categoryIds, Aggregation[] aggregations, int[] dropLowest, BigDecimal[] categoryWeights,
                      UUID[] itemIds, int[] itemCategory, BigDecimal[] maxPoints, BigDecimal[] itemWeights,
                      UUID[] enrolmentIds, UUID[] traineeIds, String[] traineeNames,
                      BigDecimal[][] points, BigDecimal[][] overrides, BigDecimal[] finalOverrides) {
}
