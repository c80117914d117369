package org.ustoz.assessments.question.internal;

import org.ustoz.assessments.grading.RubricCriterion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;

/**
 * A rubric: criteria with levels and points. A graded answer keeps the level chosen per criterion, so
 * revising the rubric's points and regrading recomputes every grade given with it.
 */
@Entity
@Table(name = "ustoz_rubric")
public class Rubric extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Column(name = "criteria", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Convert(converter = RubricConverter.class)
    private List<RubricCriterion> criteria = new ArrayList<>();

    @Column(name = "revision", nullable = false)
    private int revision;

    protected Rubric() {
    }

    public Rubric(String tenantId, LocalizedText title, List<RubricCriterion> criteria, Instant at) {
        super(at);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.title = Objects.requireNonNull(title);
        this.criteria = List.copyOf(criteria);
        this.revision = 1;
    }

    /** Replaces the criteria (for example, corrected points); grades are recomputed by a regrade. */
    public void revise(LocalizedText title, List<RubricCriterion> criteria, Instant at) {
        this.title = Objects.requireNonNull(title);
        this.criteria = List.copyOf(criteria);
        this.revision++;
        touch(at);
    }

    /** The sum of the criteria's best levels. */
    public BigDecimal maxPoints() {
        return criteria.stream().map(RubricCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The criterion with this key, or {@code null}. */
    public RubricCriterion criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<RubricCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public int getRevision() {
        return revision;
    }
}
