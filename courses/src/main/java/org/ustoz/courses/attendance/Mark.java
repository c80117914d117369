package org.ustoz.courses.attendance;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * One trainee's attendance at a session.
 *
 * @param traineeId the trainee, enrolled in the session's cohort
 * @param status present, absent or excused
 * @param lateMinutes minutes late, only when present
 * @param leftEarlyMinutes minutes left before the end, only when present
 * @param reason why an absence is excused (required for {@link AttendanceStatus#EXCUSED}), or a note
 */
public record Mark(
        @NotNull UUID traineeId,
        @NotNull AttendanceStatus status,
        @Min(0) @Max(1440) int lateMinutes,
        @Min(0) @Max(1440) int leftEarlyMinutes,
        @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String reason) {

    /** Present and on time. */
    public static Mark present(UUID traineeId) {
        return new Mark(traineeId, AttendanceStatus.PRESENT, 0, 0, null);
    }

    /** Present, this many minutes late. */
    public static Mark late(UUID traineeId, int minutes) {
        return new Mark(traineeId, AttendanceStatus.PRESENT, minutes, 0, null);
    }

    /** Present, leaving this many minutes early. */
    public static Mark leftEarly(UUID traineeId, int minutes) {
        return new Mark(traineeId, AttendanceStatus.PRESENT, 0, minutes, null);
    }

    /** Absent. */
    public static Mark absent(UUID traineeId) {
        return new Mark(traineeId, AttendanceStatus.ABSENT, 0, 0, null);
    }

    /** Absent with a reason the cohort accepts. */
    public static Mark excused(UUID traineeId, String reason) {
        return new Mark(traineeId, AttendanceStatus.EXCUSED, 0, 0, reason);
    }
}
