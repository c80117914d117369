package org.ustoz.assessments.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;

/**
 * A question of an attempt as the trainee saw it: in the attempt's order, choices in the attempt's
 * order, and, for matching questions, the answers to choose from ({@code matchOptions}, keyed by
 * premise key). Points and feedback are filled once graded.
 *
 * @param position      1-based position in the attempt as shown
 * @param slot          1-based position of the item in the assessment
 * @param points        points awarded, or {@code null} until graded
 * @param feedback      the grader's feedback (essays), or {@code null}
 * @param gradedBy      who graded it by hand (the caller's actor id), or {@code null} when graded automatically
 * @param gradedAt      when it was graded, or {@code null} until then
 * @param answerVersion the version of this answer, to pass back as {@code GradeAnswer.expectedVersion}
 */
public record PresentedQuestion(int position, int slot, UUID questionId, int versionNumber, String type,
                                LocalizedText stem, BigDecimal maxPoints, List<PresentedChoice> choices,
                                List<PresentedChoice> matchOptions, Response response, AnswerState state,
                                BigDecimal points, List<RubricScore> rubricScores, String feedback, String gradedBy,
                                Instant gradedAt, long answerVersion) {
}
