package org.ustoz.courses.enrolment;

import java.util.List;
import java.util.UUID;

/**
 * What bulk enrolment did, one line per listed trainee in list order.
 *
 * @param cohortId the cohort
 * @param lines one per listed trainee
 */
public record BulkEnrolmentReport(UUID cohortId, List<BulkEnrolmentLine> lines) {

    public BulkEnrolmentReport {
        lines = List.copyOf(lines);
    }

    /** How many lines have this outcome. */
    public long count(BulkOutcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
