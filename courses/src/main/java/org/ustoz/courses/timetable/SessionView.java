package org.ustoz.courses.timetable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.courses.cohort.Facilitator;

/**
 * A session as people see it: instants, and the same instants as local date-times in {@code zone}
 * (the cohort's zone, or the viewer's zone in a trainee's timetable).
 *
 * @param title the session's title, else its module's, else the cohort's
 */
public record SessionView(UUID id, long version, UUID cohortId, String cohortCode, UUID moduleId, String moduleCode,
        LocalizedText title, Instant startsAt, Instant endsAt, ZoneId zone, LocalDateTime localStart,
        LocalDateTime localEnd, int durationMinutes, String room, String onlineUrl, List<Facilitator> facilitators,
        SessionStatus status, String cancellationReason) {

    public SessionView {
        facilitators = List.copyOf(facilitators);
    }
}
