package org.ustoz.assessments.gradebook;

import java.math.BigDecimal;
import java.util.UUID;

/** A trainee's result in one category (percentage 2 places half-up, or {@code null} when nothing counted). */
public record CategoryGrade(UUID categoryId, BigDecimal percent) {
}
