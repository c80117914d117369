package org.ustoz.courses.cohort;

import java.time.LocalDate;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A line of the cohort list; {@code title} is the cohort's own title or the course's. */
public record CohortSummary(UUID id, String code, String courseCode, LocalizedText title, LocalDate startDate,
        LocalDate endDate, CohortStatus status, int capacity, int enrolledCount, int waitlistedCount) {
}
