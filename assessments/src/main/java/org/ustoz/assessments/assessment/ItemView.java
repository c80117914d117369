package org.ustoz.assessments.assessment;

import java.math.BigDecimal;
import java.util.UUID;

/** An item of an assessment (position from 1). */
public record ItemView(int position, UUID questionId, BigDecimal points, UUID rubricId) {
}
