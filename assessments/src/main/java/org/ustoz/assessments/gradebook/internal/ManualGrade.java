package org.ustoz.assessments.gradebook.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.internal.document.Documents;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.enrolment.internal.Enrolment;

/** A grade recorded by hand for a manual item, with the rubric levels chosen, who graded and when. */
@Entity
@Table(name = "ustoz_manual_grade")
public class ManualGrade extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private GradeItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(name = "points", nullable = false, precision = 9, scale = 2)
    private BigDecimal points;

    @Column(name = "rubric_scores", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String rubricScores;

    @Column(name = "feedback", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String feedback;

    @Column(name = "graded_by", length = 128)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    protected ManualGrade() {
    }

    public ManualGrade(GradeItem item, Enrolment enrolment, Instant at) {
        super(at);
        this.item = Objects.requireNonNull(item);
        this.enrolment = Objects.requireNonNull(enrolment);
        this.points = BigDecimal.ZERO;
        this.gradedAt = at;
    }

    /** Records the grade; returns whether the points changed. */
    public boolean record(BigDecimal points, List<RubricScore> scores, String feedback, String actor, Instant at) {
        boolean changed = points.compareTo(this.points) != 0 || getVersion() == 0 && rubricScores == null;
        this.points = points;
        this.rubricScores = Documents.writeScores(scores);
        this.feedback = feedback;
        this.gradedBy = actor;
        this.gradedAt = at;
        touch(at);
        return changed;
    }

    /** Recomputes points from rubric levels after the rubric changed; returns whether they changed. */
    public boolean regradeFromRubric(BigDecimal points, Instant at) {
        if (points.compareTo(this.points) == 0) {
            return false;
        }
        this.points = points;
        touch(at);
        return true;
    }

    public GradeItem getItem() {
        return item;
    }

    public Enrolment getEnrolment() {
        return enrolment;
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
