package org.ustoz.courses.timetable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;
import org.ustoz.courses.cohort.Facilitator;

/**
 * Puts a session on a cohort's timetable.
 *
 * @param cohortId the cohort
 * @param moduleId the module the session teaches, optional
 * @param title the session's own title, optional (the module's title is shown otherwise)
 * @param startsAt when it starts (use {@code ZonedDateTime.of(..., cohortZone).toInstant()} for a
 *        local time in the cohort's zone)
 * @param endsAt when it ends, after {@code startsAt}
 * @param room the room, such as "Hall 2, Sejong Education Training Institute"; optional
 * @param onlineUrl the meeting link, optional
 * @param facilitators who teaches it; {@code null} for the cohort's facilitators
 */
public record ScheduleSession(
        @NotNull UUID cohortId,
        UUID moduleId,
        @Localized(max = 300) @PlainText LocalizedText title,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = 200) @PlainText String room,
        @Size(max = 500) @PlainText(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "{org.ustoz.courses.WebAddress.message}") String onlineUrl,
        @Size(max = 20) List<@NotNull @Valid @PlainText Facilitator> facilitators) {
}
