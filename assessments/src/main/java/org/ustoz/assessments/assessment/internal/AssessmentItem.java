package org.ustoz.assessments.assessment.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question of an assessment with the points it carries there (and a rubric for essays). */
@Embeddable
public class AssessmentItem {

    @Column(name = "question_id", nullable = false)
    private UUID questionId;

    @Column(name = "points", nullable = false, precision = 9, scale = 2)
    private BigDecimal points;

    @Column(name = "rubric_id")
    private UUID rubricId;

    protected AssessmentItem() {
    }

    public AssessmentItem(UUID questionId, BigDecimal points, UUID rubricId) {
        this.questionId = Objects.requireNonNull(questionId);
        this.points = Objects.requireNonNull(points);
        this.rubricId = rubricId;
    }

    public UUID getQuestionId() {
        return questionId;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public UUID getRubricId() {
        return rubricId;
    }
}
