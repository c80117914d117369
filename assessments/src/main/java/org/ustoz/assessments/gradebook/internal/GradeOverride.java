package org.ustoz.assessments.gradebook.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.ustoz.core.id.Ids;

/**
 * One entry of the override history, never changed: from {@code changedAt} on, the grade of an item
 * (points) or the final grade ({@code itemId} null; a percentage) of an enrolment is {@code value},
 * or is computed again when {@code value} is null. The latest entry per (enrolment, item) is in force.
 */
@Entity
@Immutable
@Table(name = "ustoz_grade_override")
public class GradeOverride {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private UUID cohortId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private UUID enrolmentId;

    @Column(name = "item_id", updatable = false)
    private UUID itemId;

    @Column(name = "grade_value", updatable = false, precision = 9, scale = 2)
    private BigDecimal value;

    @Column(name = "reason", nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "changed_by", updatable = false, length = 128)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected GradeOverride() {
    }

    public GradeOverride(UUID cohortId, UUID enrolmentId, UUID itemId, BigDecimal value, String reason,
            String changedBy, Instant changedAt) {
        this.id = Ids.newId();
        this.cohortId = Objects.requireNonNull(cohortId);
        this.enrolmentId = Objects.requireNonNull(enrolmentId);
        this.itemId = itemId;
        this.value = value;
        this.reason = Objects.requireNonNull(reason);
        this.changedBy = changedBy;
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCohortId() {
        return cohortId;
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeOverride g && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
