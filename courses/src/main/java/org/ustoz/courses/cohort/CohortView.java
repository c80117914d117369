package org.ustoz.courses.cohort;

import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.Venue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/**
 * A cohort as a service returns it. {@code title} is the cohort's own title or, without one, the
 * course's.
 */
public record CohortView(UUID id, long version, UUID courseId, String courseCode, String code, LocalizedText title,
        LocalDate startDate, LocalDate endDate, ZoneId timeZone, DeliveryMode deliveryMode, Venue venue,
        String onlineUrl, Locale language, int capacity, Integer waitlistCapacity, int enrolledCount,
        int waitlistedCount, CohortStatus status, Instant statusChangedAt, String cancellationReason,
        List<Facilitator> facilitators, List<Partner> partners) {

    public CohortView {
        facilitators = List.copyOf(facilitators);
        partners = List.copyOf(partners);
    }

    /** Seats not yet taken. */
    public int seatsLeft() {
        return Math.max(0, capacity - enrolledCount);
    }
}
