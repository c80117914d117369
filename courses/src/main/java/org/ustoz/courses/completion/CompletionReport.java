package org.ustoz.courses.completion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of evaluating a cohort's completion.
 *
 * @param changed enrolments whose status this evaluation changed; 0 when re-run without corrections
 * @param certificatesIssued certificates issued (or reinstated) by this evaluation
 * @param certificatesRevoked certificates revoked because their enrolment no longer completes
 */
public record CompletionReport(UUID cohortId, Instant evaluatedAt, int completed, int failed, int changed,
        int certificatesIssued, int certificatesRevoked, List<CompletionLine> lines) {

    public CompletionReport {
        lines = List.copyOf(lines);
    }
}
