package org.ustoz.courses.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A cohort at a glance: every enrolled (or already assessed) trainee's progress, those at risk
 * first, then by name.
 *
 * @param minimumPercent the completion rules' minimum attendance rate
 * @param averagePercent the mean of the trainees' rates, {@code null} before the first session
 * @param atRisk how many trainees are flagged
 */
public record CohortDashboard(UUID cohortId, String cohortCode, ZoneId zone, Instant asOf, BigDecimal minimumPercent,
        int sessions, int sessionsHeld, BigDecimal averagePercent, int atRisk, List<TraineeProgress> trainees) {

    public CohortDashboard {
        trainees = List.copyOf(trainees);
    }
}
