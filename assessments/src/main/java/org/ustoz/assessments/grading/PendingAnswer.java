package org.ustoz.assessments.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/**
 * An answer in the grading queue.
 *
 * @param answerVersion the answer's version, to pass back as {@code GradeAnswer.expectedVersion}
 */
public record PendingAnswer(UUID attemptId, UUID assessmentId, String assessmentCode, UUID traineeId,
                            String traineeName, UUID questionId, int position, LocalizedText stem, String response,
                            BigDecimal maxPoints, UUID rubricId, Instant submittedAt, long answerVersion) {
}
