package org.ustoz.courses.enrolment.internal;

import org.ustoz.courses.enrolment.EnrolmentStatus;
import java.time.Instant;
import java.util.List;
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
import org.ustoz.core.error.UstozException;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.trainee.internal.Trainee;

/**
 * A trainee in a cohort (one per pair, enforced by a unique constraint). Keeps the instant of every
 * step (requested, waitlisted, enrolled, completed, failed, withdrawn), the reason of the last
 * step that has one, and who took it.
 */
@Entity
@Table(name = "ustoz_enrolment")
public class Enrolment extends BaseEntity implements TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
    private Trainee trainee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "waitlist_position")
    private Long waitlistPosition;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "changed_by", length = 128)
    private String changedBy;

    @Column(name = "unmet_criteria", length = 2000)
    private String unmetCriteria;

    /** For Jakarta Persistence only. */
    protected Enrolment() {
    }

    /**
     * A new enrolment, enrolled when {@code waitlistPosition} is 0, waitlisted at that position
     * otherwise (see {@link Cohort#admit(Instant)}).
     */
    public Enrolment(Cohort cohort, Trainee trainee, long waitlistPosition, String actor, Instant at) {
        super(at);
        this.cohort = Objects.requireNonNull(cohort);
        this.trainee = Objects.requireNonNull(trainee);
        admitted(waitlistPosition, actor, at);
    }

    private void admitted(long position, String actor, Instant at) {
        this.requestedAt = at;
        this.changedBy = actor;
        this.reason = null;
        this.withdrawnAt = null;
        if (position == 0) {
            this.status = EnrolmentStatus.ENROLLED;
            this.enrolledAt = at;
            this.waitlistPosition = null;
        } else {
            this.status = EnrolmentStatus.WAITLISTED;
            this.waitlistedAt = at;
            this.waitlistPosition = position;
        }
        touch(at);
    }

    /** A withdrawn trainee applies again: enrolled or waitlisted anew, as the cohort decides. */
    public void reapply(long waitlistPosition, String actor, Instant at) {
        if (status != EnrolmentStatus.WITHDRAWN) {
            throw new UstozException(CoursesError.ENROLMENT_ILLEGAL_TRANSITION, status, EnrolmentStatus.ENROLLED);
        }
        enrolledAt = null;
        waitlistedAt = null;
        admitted(waitlistPosition, actor, at);
    }

    /** Waitlisted → enrolled, when a seat frees. */
    public void promote(String actor, Instant at) {
        require(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);
        status = EnrolmentStatus.ENROLLED;
        enrolledAt = at;
        waitlistPosition = null;
        changedBy = actor;
        touch(at);
    }

    /**
     * Waitlisted or enrolled → withdrawn, with the reason.
     *
     * @return the status the enrolment had, so the caller frees a seat or a waitlist place
     */
    public EnrolmentStatus withdraw(String withdrawalReason, String actor, Instant at) {
        require(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.WAITLISTED, EnrolmentStatus.ENROLLED);
        EnrolmentStatus previous = status;
        status = EnrolmentStatus.WITHDRAWN;
        withdrawnAt = at;
        waitlistPosition = null;
        reason = withdrawalReason;
        changedBy = actor;
        touch(at);
        return previous;
    }

    /** Enrolled → completed. */
    public void complete(String actor, Instant at) {
        require(EnrolmentStatus.COMPLETED, EnrolmentStatus.ENROLLED);
        status = EnrolmentStatus.COMPLETED;
        completedAt = at;
        reason = null;
        changedBy = actor;
        touch(at);
    }

    /** Enrolled → failed, with the reason (such as the unmet completion criteria). */
    public void fail(String failureReason, String actor, Instant at) {
        require(EnrolmentStatus.FAILED, EnrolmentStatus.ENROLLED);
        status = EnrolmentStatus.FAILED;
        failedAt = at;
        reason = failureReason;
        changedBy = actor;
        touch(at);
    }

    /**
     * The outcome of a completion evaluation: enrolled, completed or failed → completed (no unmet
     * criteria) or failed (with them). Re-running an evaluation with the same outcome changes nothing.
     *
     * @param unmet the keys of the unmet criteria, such as {@code attendance} or {@code module:M2}
     * @param failureReason the unmet criteria in words, kept as the reason of a failure
     * @return whether the status changed
     */
    public boolean conclude(List<String> unmet, String failureReason, String actor, Instant at) {
        require(unmet.isEmpty() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED, EnrolmentStatus.ENROLLED,
                EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);
        EnrolmentStatus target = unmet.isEmpty() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED;
        String joined = unmet.isEmpty() ? null : truncate(String.join(",", unmet), 2000);
        String newReason = unmet.isEmpty() ? null : truncate(failureReason, 1000);
        if (status == target && Objects.equals(unmetCriteria, joined) && Objects.equals(reason, newReason)) {
            return false;
        }
        boolean changed = status != target;
        if (changed) {
            completedAt = target == EnrolmentStatus.COMPLETED ? at : null;
            failedAt = target == EnrolmentStatus.FAILED ? at : null;
        }
        status = target;
        unmetCriteria = joined;
        reason = newReason;
        changedBy = actor;
        touch(at);
        return changed;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void require(EnrolmentStatus target, EnrolmentStatus... allowedFrom) {
        for (EnrolmentStatus s : allowedFrom) {
            if (status == s) {
                return;
            }
        }
        throw new UstozException(CoursesError.ENROLMENT_ILLEGAL_TRANSITION, status, target);
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getReason() {
        return reason;
    }

    /** The keys of the criteria unmet at the last completion evaluation; empty unless failed by one. */
    public List<String> getUnmetCriteria() {
        return unmetCriteria == null ? List.of() : List.of(unmetCriteria.split(","));
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The tenant of the cohort this belongs to. */
    @Override
    public String getTenantId() {
        return cohort.getTenantId();
    }
}
