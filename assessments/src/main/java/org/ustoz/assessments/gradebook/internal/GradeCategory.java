package org.ustoz.assessments.gradebook.internal;

import org.ustoz.assessments.gradebook.Aggregation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

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
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.cohort.internal.Cohort;

/** A category of a cohort's gradebook, with its weight in the final grade and its aggregation. */
@Entity
@Table(name = "ustoz_grade_category")
public class GradeCategory extends BaseEntity implements TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "code", nullable = false, updatable = false, length = 60)
    private String code;

    @Column(name = "title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation", nullable = false, length = 16)
    private Aggregation aggregation;

    @Column(name = "drop_lowest", nullable = false)
    private int dropLowest;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    protected GradeCategory() {
    }

    /** A category shown at {@code position} among the cohort's categories (ties: by id). */
    public GradeCategory(Cohort cohort, int position, String code, LocalizedText title, BigDecimal weight,
            Aggregation aggregation, int dropLowest, Instant at) {
        super(at);
        this.position = position;
        this.cohort = Objects.requireNonNull(cohort);
        this.code = Objects.requireNonNull(code);
        change(title, weight, aggregation, dropLowest, at);
    }

    /** Changes how the category counts. */
    public void change(LocalizedText title, BigDecimal weight, Aggregation aggregation, int dropLowest, Instant at) {
        this.title = Objects.requireNonNull(title);
        this.weight = Objects.requireNonNull(weight);
        this.aggregation = Objects.requireNonNull(aggregation);
        this.dropLowest = dropLowest;
        touch(at);
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public int getPosition() {
        return position;
    }

    public int getDropLowest() {
        return dropLowest;
    }

    /** The tenant of the cohort this belongs to. */
    @Override
    public String getTenantId() {
        return cohort.getTenantId();
    }
}
