package org.ustoz.assessments.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ustoz.assessments.question.RubricScore;

/**
 * A kept change of a hand-graded answer: what it was before, what it is now, who, when and why.
 * Rubric levels are kept without the grader's comments; {@code feedbackChanged} says whether the
 * feedback or a criterion's comment changed.
 *
 * @param answerVersion  the answer's version the change was made on (the grade's {@code expectedVersion})
 * @param changedBy      the caller's actor id, or {@code null} when the call had none
 * @param previousPoints points before, or {@code null} for the first grade
 * @param previousLevels rubric levels before (criterion and level only), empty when there were none
 * @param newLevels      rubric levels after (criterion and level only), empty when graded by points
 * @param reason         the grader's reason, or {@code null}
 */
public record GradeChange(UUID attemptId, UUID questionId, long answerVersion, Instant changedAt, String changedBy, GradeChangeKind kind,
        BigDecimal previousPoints, BigDecimal newPoints, List<RubricScore> previousLevels, List<RubricScore> newLevels,
        boolean feedbackChanged, String reason) {

    public GradeChange {
        previousLevels = List.copyOf(previousLevels);
        newLevels = List.copyOf(newLevels);
    }
}
