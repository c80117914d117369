package org.ustoz.courses.timetable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;
import org.ustoz.courses.cohort.Facilitator;

/**
 * Moves a session or changes its room, link or facilitators; the clash rules of
 * {@link ScheduleSession} apply again.
 *
 * @param sessionId the session
 * @param startsAt new start
 * @param endsAt new end
 * @param room new room, optional
 * @param onlineUrl new link, optional
 * @param facilitators new facilitators; {@code null} keeps the current ones
 */
public record RescheduleSession(
        @NotNull UUID sessionId,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = 200) @PlainText String room,
        @Size(max = 500) @PlainText(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "{org.ustoz.courses.WebAddress.message}") String onlineUrl,
        @Size(max = 20) List<@NotNull @Valid @PlainText Facilitator> facilitators) {
}
