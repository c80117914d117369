package org.ustoz.assessments.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** An assessment. */
public record AssessmentView(UUID id, long version, UUID cohortId, UUID moduleId, String code, LocalizedText title,
                             AssessmentKind kind, Instant opensAt, Instant closesAt, Duration timeLimit,
                             Duration grace, Integer attemptsAllowed, GradingMethod gradingMethod,
                             BigDecimal passPercent, boolean shuffleQuestions, boolean shuffleChoices,
                             BigDecimal maxPoints, List<ItemView> items) {
}
