package org.ustoz.courses.attendance;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Records one trainee's attendance at a session.
 *
 * @param sessionId the session, which must have started
 * @param mark the attendance
 * @param correctionReason why an attendance already recorded is changed; required for a correction
 */
public record RecordAttendance(
        @NotNull UUID sessionId,
        @NotNull @Valid Mark mark,
        @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String correctionReason) {
}
