package org.ustoz.courses.attendance.internal;

import org.ustoz.courses.attendance.AttendanceStatus;
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
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.timetable.internal.Session;

/**
 * The attendance of one enrolled trainee at one session (one per pair, enforced by a unique
 * constraint). A later change is a correction: {@link #correct} returns the
 * {@link AttendanceChange} to keep, with who, when and why.
 */
@Entity
@Table(name = "ustoz_attendance")
public class AttendanceRecord extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "late_minutes", nullable = false)
    private int lateMinutes;

    @Column(name = "left_early_minutes", nullable = false)
    private int leftEarlyMinutes;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 128)
    private String recordedBy;

    /** For Jakarta Persistence only. */
    protected AttendanceRecord() {
    }

    /** The first record of a trainee's attendance at a session; the mark is checked by the service. */
    public AttendanceRecord(Session session, Enrolment enrolment, AttendanceStatus status, int lateMinutes,
            int leftEarlyMinutes, String reason, String actor, Instant at) {
        super(at);
        this.session = Objects.requireNonNull(session);
        this.enrolment = Objects.requireNonNull(enrolment);
        set(status, lateMinutes, leftEarlyMinutes, reason, actor, at);
    }

    /** Whether this record already says exactly this. */
    public boolean says(AttendanceStatus newStatus, int late, int leftEarly, String newReason) {
        return status == newStatus && lateMinutes == late && leftEarlyMinutes == leftEarly
                && Objects.equals(reason, newReason);
    }

    /**
     * Changes the record, keeping the change.
     *
     * @return the change to persist, or {@code null} when the record already said this
     */
    public AttendanceChange correct(AttendanceStatus newStatus, int late, int leftEarly, String newReason, String why,
            String actor, Instant at) {
        if (says(newStatus, late, leftEarly, newReason)) {
            return null;
        }
        AttendanceChange change = new AttendanceChange(this, why, actor, at, status, lateMinutes, leftEarlyMinutes,
                reason, newStatus, late, leftEarly, newReason);
        set(newStatus, late, leftEarly, newReason, actor, at);
        return change;
    }

    private void set(AttendanceStatus newStatus, int late, int leftEarly, String newReason, String actor,
            Instant at) {
        this.status = Objects.requireNonNull(newStatus);
        this.lateMinutes = late;
        this.leftEarlyMinutes = leftEarly;
        this.reason = newReason;
        this.recordedBy = actor;
        this.recordedAt = at;
        touch(at);
    }

    /** Minutes the trainee was there: the session's length less lateness and leaving early. */
    public int minutesPresent() {
        return status == AttendanceStatus.PRESENT
                ? Math.max(0, session.durationMinutes() - lateMinutes - leftEarlyMinutes) : 0;
    }

    public Session getSession() {
        return session;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public int getLateMinutes() {
        return lateMinutes;
    }

    public int getLeftEarlyMinutes() {
        return leftEarlyMinutes;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
