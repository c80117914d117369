package org.ustoz.assessments.attempt.internal;

import org.ustoz.assessments.attempt.AttemptStatus;
import java.math.BigDecimal;
import java.time.Instant;
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

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.courses.enrolment.internal.Enrolment;

/**
 * A trainee's attempt at an assessment. While in progress, its {@code in_progress} column holds
 * {@code Y}; a unique constraint on (assessment, trainee, in_progress) lets the database refuse a
 * second attempt in progress, whichever application instance starts it. The seed fixes the order of
 * questions and choices the trainee saw.
 */
@Entity
@Table(name = "ustoz_attempt")
public class Attempt extends BaseEntity implements TenantOwned {

    private static final String IN_PROGRESS_MARK = "Y";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private UUID traineeId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "in_progress", length = 1)
    private String inProgress;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_overdue", nullable = false)
    private boolean closedOverdue;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "points", precision = 9, scale = 2)
    private BigDecimal points;

    @Column(name = "max_points", nullable = false, precision = 9, scale = 2)
    private BigDecimal maxPoints;

    protected Attempt() {
    }

    public Attempt(Assessment assessment, Enrolment enrolment, int number, long seed, Instant startedAt,
            Instant dueAt, BigDecimal maxPoints) {
        super(startedAt);
        this.assessment = Objects.requireNonNull(assessment);
        this.enrolment = Objects.requireNonNull(enrolment);
        this.traineeId = enrolment.getTrainee().getId();
        this.number = number;
        this.seed = seed;
        this.status = AttemptStatus.IN_PROGRESS;
        this.inProgress = IN_PROGRESS_MARK;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.maxPoints = maxPoints;
    }

    /** Fails unless the attempt is in progress and {@code at} is before its due time plus grace. */
    public void requireOpen(Instant at) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new UstozException(AssessmentsError.ATTEMPT_NOT_IN_PROGRESS, getId(), status);
        }
        if (isOverdue(at)) {
            throw new UstozException(AssessmentsError.ATTEMPT_TIME_UP, getId(), dueAt);
        }
    }

    /** Whether {@code at} is past the due time plus the assessment's grace. */
    public boolean isOverdue(Instant at) {
        return dueAt != null && at.isAfter(dueAt.plus(assessment.grace()));
    }

    /**
     * Ends the attempt: by the trainee's submit, or by the deadline when {@code overdue}. Its grade
     * is then given by {@link #graded}.
     */
    public void submit(Instant at, boolean overdue) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new UstozException(AssessmentsError.ATTEMPT_NOT_IN_PROGRESS, getId(), status);
        }
        this.inProgress = null;
        this.status = AttemptStatus.NEEDS_GRADING;
        this.submittedAt = overdue && dueAt != null && dueAt.isBefore(at) ? dueAt : at;
        this.closedOverdue = overdue;
        touch(at);
    }

    /**
     * Records the attempt's points: the sum of its graded answers; the attempt is graded once no
     * answer waits for a grader.
     */
    public void graded(BigDecimal points, boolean waitingForGrader, Instant at) {
        if (status == AttemptStatus.IN_PROGRESS) {
            throw new UstozException(AssessmentsError.ATTEMPT_NOT_IN_PROGRESS, getId(), status);
        }
        this.points = points;
        this.status = waitingForGrader ? AttemptStatus.NEEDS_GRADING : AttemptStatus.GRADED;
        this.gradedAt = waitingForGrader ? null : at;
        touch(at);
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public UUID getTraineeId() {
        return traineeId;
    }

    public int getNumber() {
        return number;
    }

    public long getSeed() {
        return seed;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isClosedOverdue() {
        return closedOverdue;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    /** The tenant of the assessment this belongs to. */
    @Override
    public String getTenantId() {
        return assessment.getTenantId();
    }
}
