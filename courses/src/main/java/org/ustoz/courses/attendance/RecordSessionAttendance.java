package org.ustoz.courses.attendance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Records the attendance of a whole session in one call, as a facilitator does from a sign-in sheet.
 * All or nothing: one bad line (a trainee not enrolled, minutes that do not fit) refuses the call
 * with the line's number and changes nothing. Lines equal to what is already recorded change nothing.
 *
 * @param sessionId the session, which must have started
 * @param marks one line per trainee, each trainee at most once
 * @param correctionReason why attendance already recorded is changed; required if any line changes
 *        a recorded attendance
 */
public record RecordSessionAttendance(
        @NotNull UUID sessionId,
        @NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid Mark> marks,
        @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String correctionReason) {
}
