package org.ustoz.assessments.attempt.internal;

import org.ustoz.assessments.attempt.AnswerState;
import org.ustoz.assessments.grading.GradeChangeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.internal.document.Documents;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.Columns;

/**
 * One question of an attempt: the version given, where it was shown, the order its choices were shown
 * in, the response, and its grade (automatic, or by a grader with rubric levels and feedback).
 */
@Entity
@Table(name = "ustoz_attempt_answer")
public class AttemptAnswer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private Attempt attempt;

    @Column(name = "slot", nullable = false, updatable = false)
    private int slot;

    @Column(name = "display_position", nullable = false, updatable = false)
    private int displayPosition;

    @Column(name = "question_id", nullable = false, updatable = false)
    private UUID questionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_version_id", nullable = false)
    private QuestionVersion questionVersion;

    @Column(name = "max_points", nullable = false, updatable = false, precision = 9, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "rubric_id", updatable = false)
    private UUID rubricId;

    @Column(name = "choice_order", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String choiceOrder;

    @Column(name = "response", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String response;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private AnswerState state;

    @Column(name = "credit", precision = 9, scale = 7)
    private BigDecimal credit;

    @Column(name = "points", precision = 9, scale = 2)
    private BigDecimal points;

    @Column(name = "rubric_scores", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String rubricScores;

    @Column(name = "feedback", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String feedback;

    @Column(name = "graded_by", length = 128)
    private String gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected AttemptAnswer() {
    }

    public AttemptAnswer(Attempt attempt, int slot, int displayPosition, QuestionVersion version,
            BigDecimal maxPoints, UUID rubricId, List<String> choiceOrder, Instant at) {
        super(at);
        this.attempt = Objects.requireNonNull(attempt);
        this.slot = slot;
        this.displayPosition = displayPosition;
        this.questionId = version.getQuestion().getId();
        this.questionVersion = version;
        this.maxPoints = maxPoints;
        this.rubricId = rubricId;
        this.choiceOrder = choiceOrder == null ? null : Documents.writeStrings(choiceOrder);
        this.state = AnswerState.UNANSWERED;
    }

    /** Stores a response (an empty one clears it); returns whether anything changed. */
    public boolean respond(Response r, Instant at) {
        String json = r == null || r.isEmpty() ? null : Documents.write(r);
        if (Objects.equals(json, response)) {
            return false;
        }
        this.response = json;
        this.state = json == null ? AnswerState.UNANSWERED : AnswerState.ANSWERED;
        touch(at);
        return true;
    }

    /** Grades automatically; returns whether the points changed. */
    public boolean grade(Credit c, Instant at) {
        BigDecimal newPoints = c.points(maxPoints);
        boolean changed = points == null || newPoints.compareTo(points) != 0 || state != AnswerState.GRADED;
        this.credit = c.fraction();
        this.points = newPoints;
        this.state = AnswerState.GRADED;
        this.gradedAt = at;
        this.gradedBy = null;
        touch(at);
        return changed;
    }

    /** Puts a submitted answer in the grading queue. */
    public void awaitGrader(Instant at) {
        this.state = AnswerState.NEEDS_GRADING;
        touch(at);
    }

    /**
     * Grades by hand, keeping the change: every hand grade is kept, even one that repeats the last.
     *
     * @return the change to persist
     */
    public AnswerGradeChange gradeByHand(BigDecimal points, List<RubricScore> scores, String feedback, String why,
            String actor, Instant at) {
        BigDecimal before = state == AnswerState.GRADED ? this.points : null;
        List<RubricScore> scoresBefore = rubricScores();
        boolean feedbackChanged = !Objects.equals(this.feedback, feedback)
                || !comments(scoresBefore).equals(comments(scores));
        AnswerGradeChange change = new AnswerGradeChange(this, GradeChangeKind.BY_HAND, why, actor, at, before,
                scoresBefore, points, scores, feedbackChanged);
        this.points = points;
        this.credit = Credit.ratio(points, maxPoints).fraction();
        this.rubricScores = Documents.writeScores(scores);
        this.feedback = feedback;
        this.gradedBy = actor;
        this.gradedAt = at;
        this.state = AnswerState.GRADED;
        touch(at);
        return change;
    }

    private static List<String> comments(List<RubricScore> scores) {
        return scores == null ? List.of() : scores.stream().map(s -> String.valueOf(s.comment())).toList();
    }

    /**
     * Recomputes points from rubric levels after a rubric changed, keeping the change.
     *
     * @return the change to persist, or {@code null} when the points stay
     */
    public AnswerGradeChange regradeFromRubric(BigDecimal points, String actor, Instant at) {
        if (this.points != null && points.compareTo(this.points) == 0) {
            return null;
        }
        List<RubricScore> levels = rubricScores();
        AnswerGradeChange change = new AnswerGradeChange(this, GradeChangeKind.RUBRIC_REGRADE, null, actor, at,
                this.points, levels, points, levels, false);
        this.points = points;
        this.credit = Credit.ratio(points, maxPoints).fraction();
        touch(at);
        return change;
    }

    /** Moves the answer to another version of its question (a corrected answer key). */
    public void useVersion(QuestionVersion version, Instant at) {
        this.questionVersion = version;
        touch(at);
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public int getSlot() {
        return slot;
    }

    public int getDisplayPosition() {
        return displayPosition;
    }

    public UUID getQuestionId() {
        return questionId;
    }

    public QuestionVersion getQuestionVersion() {
        return questionVersion;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public UUID getRubricId() {
        return rubricId;
    }

    public List<String> choiceOrder() {
        return Documents.readStrings(choiceOrder);
    }

    public Response response() {
        return Documents.readResponse(response);
    }

    public AnswerState getState() {
        return state;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public List<RubricScore> rubricScores() {
        return Documents.readScores(rubricScores);
    }

    public String getFeedback() {
        return feedback;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }
}
