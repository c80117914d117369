package org.ustoz.courses.attendance.internal;

import org.ustoz.courses.attendance.AttendanceStatus;
import java.time.Instant;
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
import org.ustoz.core.id.Ids;

/** A correction of an attendance record: what it said before, what it says now, who, when and why. */
@Entity
@Immutable
@Table(name = "ustoz_attendance_change")
public class AttendanceChange {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id", nullable = false, updatable = false)
    private AttendanceRecord attendance;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = 128)
    private String changedBy;

    @Column(name = "why", nullable = false, length = 1000)
    private String why;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "previous_status", nullable = false, length = 16)
    private AttendanceStatus previousStatus;

    @Column(name = "previous_late_minutes", nullable = false)
    private int previousLateMinutes;

    @Column(name = "previous_left_early_minutes", nullable = false)
    private int previousLeftEarlyMinutes;

    @Column(name = "previous_reason", length = 1000)
    private String previousReason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "new_status", nullable = false, length = 16)
    private AttendanceStatus newStatus;

    @Column(name = "new_late_minutes", nullable = false)
    private int newLateMinutes;

    @Column(name = "new_left_early_minutes", nullable = false)
    private int newLeftEarlyMinutes;

    @Column(name = "new_reason", length = 1000)
    private String newReason;

    /** For Jakarta Persistence only. */
    protected AttendanceChange() {
    }

    AttendanceChange(AttendanceRecord attendance, String why, String changedBy, Instant changedAt,
            AttendanceStatus previousStatus, int previousLateMinutes, int previousLeftEarlyMinutes,
            String previousReason, AttendanceStatus newStatus, int newLateMinutes, int newLeftEarlyMinutes,
            String newReason) {
        this.id = Ids.newId();
        this.attendance = attendance;
        this.why = why;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.previousStatus = previousStatus;
        this.previousLateMinutes = previousLateMinutes;
        this.previousLeftEarlyMinutes = previousLeftEarlyMinutes;
        this.previousReason = previousReason;
        this.newStatus = newStatus;
        this.newLateMinutes = newLateMinutes;
        this.newLeftEarlyMinutes = newLeftEarlyMinutes;
        this.newReason = newReason;
    }

    public UUID getId() {
        return id;
    }

    public AttendanceRecord getAttendance() {
        return attendance;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getWhy() {
        return why;
    }

    public AttendanceStatus getPreviousStatus() {
        return previousStatus;
    }

    public int getPreviousLateMinutes() {
        return previousLateMinutes;
    }

    public int getPreviousLeftEarlyMinutes() {
        return previousLeftEarlyMinutes;
    }

    public String getPreviousReason() {
        return previousReason;
    }

    public AttendanceStatus getNewStatus() {
        return newStatus;
    }

    public int getNewLateMinutes() {
        return newLateMinutes;
    }

    public int getNewLeftEarlyMinutes() {
        return newLeftEarlyMinutes;
    }

    public String getNewReason() {
        return newReason;
    }
}
