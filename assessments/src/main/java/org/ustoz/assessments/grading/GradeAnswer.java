package org.ustoz.assessments.grading;

import org.ustoz.assessments.question.RubricScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Grades an answer by hand: either with {@code rubric} levels (one per criterion of the item's
 * rubric; points follow from them) or with {@code points} directly. When both are given, the rubric
 * levels count. Every accepted grade is kept in the answer's history ({@link GradingService#history}).
 *
 * @param expectedVersion the version of the answer the grader saw ({@code answerVersion} of
 *        {@link PendingAnswer} or {@link org.ustoz.assessments.attempt.PresentedQuestion}); a grade
 *        given since by someone else (or a regrade) is refused with {@code core.concurrent-modification}
 * @param reason why a grade is given or changed, optional; kept in the history
 */
public record GradeAnswer(
        @NotNull UUID attemptId,
        @NotNull UUID questionId,
        long expectedVersion,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal points,
        @Size(max = 50) List<@NotNull @Valid RubricScore> rubric,
        @Size(max = 20_000) @PlainText(PlainText.Kind.TEXT) String feedback,
        @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String reason) {

    public GradeAnswer {
        // a null element is kept for validation to name it (rubric[0])
        rubric = rubric == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rubric));
    }

    /** A grade without a reason. */
    public GradeAnswer(UUID attemptId, UUID questionId, long expectedVersion, BigDecimal points,
            List<RubricScore> rubric, String feedback) {
        this(attemptId, questionId, expectedVersion, points, rubric, feedback, null);
    }
}
