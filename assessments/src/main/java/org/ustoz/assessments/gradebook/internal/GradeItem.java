package org.ustoz.assessments.gradebook.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.question.internal.Rubric;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.cohort.internal.Cohort;

/**
 * A column of the gradebook: an assessment's grade, or a manual item (such as a lesson-plan project,
 * optionally graded with a rubric), with its weight in its category.
 */
@Entity
@Table(name = "ustoz_grade_item")
public class GradeItem extends BaseEntity implements TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private GradeCategory category;

    @Column(name = "code", nullable = false, updatable = false, length = 60)
    private String code;

    @Column(name = "title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id", updatable = false)
    private Assessment assessment;

    @Column(name = "max_points", nullable = false, precision = 9, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    protected GradeItem() {
    }

    /** An item shown at {@code position} among the cohort's columns (ties: by id). */
    public GradeItem(GradeCategory category, int position, String code, LocalizedText title, Assessment assessment,
            BigDecimal maxPoints, BigDecimal weight, Rubric rubric, Instant at) {
        super(at);
        this.position = position;
        this.cohort = category.getCohort();
        this.category = category;
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.assessment = assessment;
        this.maxPoints = Objects.requireNonNull(maxPoints);
        this.weight = Objects.requireNonNull(weight);
        this.rubric = rubric;
    }

    /** Follows a change of the assessment's maximum (items replaced before any attempt). */
    public void rescale(BigDecimal maxPoints, Instant at) {
        this.maxPoints = Objects.requireNonNull(maxPoints);
        touch(at);
    }

    /** Whether grades of this item are recorded by hand (not from an assessment). */
    public boolean isManual() {
        return assessment == null;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public GradeCategory getCategory() {
        return category;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public int getPosition() {
        return position;
    }

    public Rubric getRubric() {
        return rubric;
    }

    /** The tenant of the cohort this belongs to. */
    @Override
    public String getTenantId() {
        return cohort.getTenantId();
    }

    /** Rescales the grade items of an assessment whose maximum points changed. */
    public static void rescaleItemsOf(EntityManager em, Assessment assessment, Instant at) {
        for (GradeItem item : em.createQuery("select i from GradeItem i where i.assessment = :a", GradeItem.class)
                .setParameter("a", assessment).getResultList()) {
            item.rescale(assessment.maxPoints(), at);
        }
    }
}
