package org.ustoz.assessments.attempt.internal;

import org.ustoz.assessments.question.internal.QuestionTypeRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.attempt.AnswerState;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.PresentedChoice;
import org.ustoz.assessments.attempt.PresentedQuestion;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.assessments.question.Response;

/** Shuffling, grading and presenting attempts; shared by the attempt and grading services. */
public final class Attempts {

    private Attempts() {
    }

    /** The answers of an attempt with their question versions, in the order shown: one statement. */
    public static List<AttemptAnswer> answers(EntityManager em, Attempt attempt) {
        return em.createQuery("select a from AttemptAnswer a join fetch a.questionVersion"
                        + " where a.attempt = :t order by a.displayPosition", AttemptAnswer.class)
                .setParameter("t", attempt).getResultList();
    }

    /**
     * The order the choices of an item are shown in: shuffled with a generator seeded from the
     * attempt's seed and the slot (so a review shows the same order), when the assessment shuffles
     * choices and the type allows it; ordering items are always shuffled, never into the right order.
     */
    public static List<String> choiceOrder(Assessment a, QuestionType type, QuestionContent content, long seed, int slot) {
        List<String> keys = new ArrayList<>();
        for (Choice c : content.choices()) {
            keys.add(c.key());
        }
        if (keys.isEmpty()) {
            return null;
        }
        boolean ordering = QuestionTypes.ORDERING.equals(type.id());
        if (ordering || a.isShuffleChoices() && type.shufflesChoices()) {
            List<String> right = List.copyOf(keys);
            Collections.shuffle(keys, new Random(seed * 31 + slot));
            if (ordering && keys.equals(right) && keys.size() > 1) {
                Collections.rotate(keys, 1);
            }
        }
        return keys;
    }

    /**
     * The credit of a response to an objective question: none when it is empty, or when it no longer
     * fits the content (a regrade onto a revised version that dropped the chosen option).
     */
    public static Credit credit(QuestionType type, QuestionContent content, Response response) {
        if (response.isEmpty() || !type.problemsWithResponse(content, response).isEmpty()) {
            return Credit.NONE;
        }
        return type.grade(content, response);
    }

    /** Grades a submitted attempt's objective answers and queues the others; returns whether the total changed. */
    public static boolean grade(Attempt t, List<AttemptAnswer> answers, QuestionTypeRegistry types, Instant now) {
        for (AttemptAnswer ans : answers) {
            QuestionVersion v = ans.getQuestionVersion();
            QuestionType type = types.get(v.getType());
            if (type.gradedByHand()) {
                if (ans.response().isEmpty()) {
                    ans.grade(Credit.NONE, now);
                } else if (ans.getState() != AnswerState.GRADED) {
                    ans.awaitGrader(now);
                }
            } else {
                ans.grade(credit(type, v.getContent(), ans.response()), now);
            }
        }
        return total(t, answers, now);
    }

    /** Recomputes the attempt's points from its answers; returns whether points or status changed. */
    public static boolean total(Attempt t, List<AttemptAnswer> answers, Instant now) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean waiting = false;
        for (AttemptAnswer ans : answers) {
            if (ans.getState() == AnswerState.GRADED) {
                sum = sum.add(ans.getPoints());
            } else {
                waiting = true;
            }
        }
        AttemptStatus status = waiting ? AttemptStatus.NEEDS_GRADING : AttemptStatus.GRADED;
        boolean changed = t.getPoints() == null || t.getPoints().compareTo(sum) != 0 || t.getStatus() != status;
        if (changed) {
            t.graded(sum, waiting, now);
        }
        return changed;
    }

    /** The attempt as the trainee saw it. */
    public static AttemptView view(Attempt t, List<AttemptAnswer> answers) {
        Assessment a = t.getAssessment();
        List<AttemptAnswer> shown = new ArrayList<>(answers);
        shown.sort(Comparator.comparingInt(AttemptAnswer::getDisplayPosition));
        List<PresentedQuestion> questions = new ArrayList<>();
        boolean graded = t.getStatus() == AttemptStatus.GRADED;
        for (AttemptAnswer ans : shown) {
            QuestionVersion v = ans.getQuestionVersion();
            QuestionContent content = v.getContent();
            Map<String, Choice> byKey = new HashMap<>();
            content.choices().forEach(c -> byKey.put(c.key(), c));
            List<PresentedChoice> choices = new ArrayList<>();
            for (String key : ans.choiceOrder()) {
                Choice c = byKey.get(key);
                if (c != null) {
                    choices.add(new PresentedChoice(key, c.text()));
                }
            }
            List<PresentedChoice> matchOptions = List.of();
            if (QuestionTypes.MATCHING.equals(v.getType())) {
                List<PresentedChoice> options = new ArrayList<>();
                for (Choice c : content.choices()) {
                    if (c.match() != null) {
                        options.add(new PresentedChoice(c.key(), c.match()));
                    }
                }
                Collections.shuffle(options, new Random(t.getSeed() * 31 + ans.getSlot() + 7));
                matchOptions = options;
            }
            boolean answerGraded = ans.getState() == AnswerState.GRADED && t.getStatus().isSubmitted();
            questions.add(new PresentedQuestion(ans.getDisplayPosition(), ans.getSlot(), ans.getQuestionId(),
                    v.getNumber(), v.getType(), content.stem(), ans.getMaxPoints(), choices, matchOptions,
                    ans.response(), ans.getState(), answerGraded ? ans.getPoints() : null, ans.rubricScores(),
                    ans.getFeedback(), ans.getGradedBy(), answerGraded ? ans.getGradedAt() : null, ans.getVersion()));
        }
        BigDecimal percent = graded ? percent(t.getPoints(), t.getMaxPoints()) : null;
        // compared exactly (points × 100 against pass mark × maximum), as the completion criterion does
        Boolean passed = graded ? t.getPoints().multiply(BigDecimal.valueOf(100))
                .compareTo(a.getPassPercent().multiply(t.getMaxPoints())) >= 0 : null;
        return new AttemptView(t.getId(), t.getVersion(), a.getId(), t.getEnrolment().getId(), t.getTraineeId(),
                t.getNumber(), t.getSeed(), t.getStatus(), t.getStartedAt(), t.getDueAt(), t.getSubmittedAt(),
                t.isClosedOverdue(), t.getStatus().isSubmitted() ? t.getPoints() : null, t.getMaxPoints(), percent,
                passed, questions);
    }

    /** {@code points / max × 100}, 2 places half-up; 0 when max is 0. */
    public static BigDecimal percent(BigDecimal points, BigDecimal max) {
        Objects.requireNonNull(points);
        if (max.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }
}
