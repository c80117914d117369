package org.ustoz.courses.progress;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A trainee's attendance in the sessions of one module.
 *
 * @param attendancePercent over the module's sessions held so far, {@code null} before the first
 * @param completed all of the module's sessions have ended and the rate over them is at least the
 *        cohort's minimum
 */
public record ModuleProgress(UUID moduleId, String moduleCode, int sessions, int sessionsHeld, int sessionsAttended,
        BigDecimal attendancePercent, boolean completed) {
}
