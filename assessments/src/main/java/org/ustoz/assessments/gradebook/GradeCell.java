package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A trainee's grade on one item.
 *
 * @param points     the points in force (the override when there is one), or {@code null} when not graded
 * @param percent    points over maximum, 2 places half-up, or {@code null}
 * @param overridden whether an override is in force
 * @param dropped    whether "drop the lowest" left this grade out of its category
 */
public record GradeCell(UUID itemId, BigDecimal points, BigDecimal maxPoints, BigDecimal percent,
                        boolean overridden, boolean dropped) {
}
