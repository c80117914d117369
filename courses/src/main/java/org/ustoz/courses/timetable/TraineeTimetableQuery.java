package org.ustoz.courses.timetable;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.ustoz.core.validation.TimeZoneId;

/**
 * The sessions of the cohorts a trainee takes part in (enrolled, completed or failed), shown in a
 * time zone.
 *
 * @param traineeId the trainee
 * @param from sessions ending after this instant; {@code null} for no lower bound
 * @param to sessions starting before this instant; {@code null} for no upper bound
 * @param timeZone the zone to show local times in; {@code null} for the trainee's own zone, or, when
 *        the trainee has none, each cohort's zone
 */
public record TraineeTimetableQuery(@NotNull UUID traineeId, Instant from, Instant to, @TimeZoneId String timeZone) {

    /** The trainee's whole timetable in the trainee's own zone. */
    public static TraineeTimetableQuery of(UUID traineeId) {
        return new TraineeTimetableQuery(traineeId, null, null, null);
    }
}
