package org.ustoz.assessments.attempt.internal;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.assessments.grading.GradeChangeKind;
import org.ustoz.assessments.internal.document.Documents;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.core.id.Ids;
import org.ustoz.core.internal.persistence.Columns;

/**
 * A change of an answer's hand grade, never changed: the points and rubric levels before and after,
 * who, when and why, and whether the feedback changed. A unique key on the answer and the version the
 * change was made on keeps one change per version, whatever the instances do. Rubric levels are kept as JSON without the
 * grader's comments; the feedback itself is not copied (as attendance corrections keep no more text
 * than their reason).
 */
@Entity
@Immutable
@Table(name = "ustoz_answer_grade_change")
public class AnswerGradeChange {

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false, updatable = false)
    private AttemptAnswer answer;

    /** The answer's version the change was made on: one change per version, in order. */
    @Column(name = "answer_version", nullable = false, updatable = false)
    private long answerVersion;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", updatable = false, length = 128)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private GradeChangeKind kind;

    @Column(name = "why", updatable = false, length = MAX_REASON)
    private String why;

    @Column(name = "previous_points", updatable = false, precision = 9, scale = 2)
    private BigDecimal previousPoints;

    @Column(name = "new_points", nullable = false, updatable = false, precision = 9, scale = 2)
    private BigDecimal newPoints;

    @Column(name = "previous_levels", updatable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String previousLevels;

    @Column(name = "new_levels", updatable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String newLevels;

    @Column(name = "feedback_changed", nullable = false, updatable = false)
    private boolean feedbackChanged;

    /** For Jakarta Persistence only. */
    protected AnswerGradeChange() {
    }

    AnswerGradeChange(AttemptAnswer answer, GradeChangeKind kind, String why, String changedBy, Instant changedAt,
            BigDecimal previousPoints, List<RubricScore> previousLevels, BigDecimal newPoints,
            List<RubricScore> newLevels, boolean feedbackChanged) {
        this.id = Ids.newId();
        this.answer = Objects.requireNonNull(answer);
        this.answerVersion = answer.getVersion();
        this.kind = Objects.requireNonNull(kind);
        this.why = why;
        this.changedBy = changedBy;
        this.changedAt = Objects.requireNonNull(changedAt);
        this.previousPoints = previousPoints;
        this.newPoints = Objects.requireNonNull(newPoints);
        this.previousLevels = Documents.writeScores(levels(previousLevels));
        this.newLevels = Documents.writeScores(levels(newLevels));
        this.feedbackChanged = feedbackChanged;
    }

    /** Rubric scores without their comments: the criterion and the level chosen. */
    static List<RubricScore> levels(List<RubricScore> scores) {
        return scores == null ? List.of() : scores.stream().map(s -> RubricScore.of(s.criterion(), s.level())).toList();
    }

    public UUID getId() {
        return id;
    }

    public AttemptAnswer getAnswer() {
        return answer;
    }

    public long getAnswerVersion() {
        return answerVersion;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public GradeChangeKind getKind() {
        return kind;
    }

    public String getWhy() {
        return why;
    }

    public BigDecimal getPreviousPoints() {
        return previousPoints;
    }

    public BigDecimal getNewPoints() {
        return newPoints;
    }

    public List<RubricScore> previousLevels() {
        return Documents.readScores(previousLevels);
    }

    public List<RubricScore> newLevels() {
        return Documents.readScores(newLevels);
    }

    public boolean isFeedbackChanged() {
        return feedbackChanged;
    }
}
