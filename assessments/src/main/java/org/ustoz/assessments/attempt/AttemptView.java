package org.ustoz.assessments.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attempt with its questions as presented.
 *
 * @param percent points over maximum, 2 places half-up, or {@code null} until graded
 * @param passed  whether the percentage reaches the assessment's pass mark, or {@code null} until graded
 */
public record AttemptView(UUID id, long version, UUID assessmentId, UUID enrolmentId, UUID traineeId, int number,
                          long seed, AttemptStatus status, Instant startedAt, Instant dueAt, Instant submittedAt,
                          boolean closedOverdue, BigDecimal points, BigDecimal maxPoints, BigDecimal percent,
                          Boolean passed, List<PresentedQuestion> questions) {
}
