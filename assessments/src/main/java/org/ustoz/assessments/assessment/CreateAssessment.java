package org.ustoz.assessments.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.DurationRange;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/**
 * Creates an assessment of a cohort.
 *
 * @param moduleId        the course module assessed, or {@code null} for the whole course
 * @param timeLimit       time allowed per attempt, or {@code null} for none (the window still closes): whole
 *                        seconds, at least one second and at most 30 days
 * @param grace           how long after the time limit a submit is still accepted; {@code null} is none:
 *                        whole seconds, at most one day
 * @param attemptsAllowed attempts per trainee, or {@code null} for unlimited
 * @param passPercent     the percentage of the maximum that passes
 */
public record CreateAssessment(
        @NotNull UUID cohortId,
        UUID moduleId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") @PlainText String code,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText title,
        @NotNull AssessmentKind kind,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @DurationRange(minSeconds = 1, maxSeconds = CreateAssessment.MAX_TIME_LIMIT_SECONDS) Duration timeLimit,
        @DurationRange(minSeconds = 0, maxSeconds = CreateAssessment.MAX_GRACE_SECONDS) Duration grace,
        @Positive @Max(100) Integer attemptsAllowed,
        @NotNull GradingMethod gradingMethod,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal passPercent,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid ItemSpec> items) {

    /** The longest time limit an assessment may have: 30 days, in seconds. */
    public static final long MAX_TIME_LIMIT_SECONDS = 30L * 24 * 60 * 60;

    /** The longest grace an assessment may have: one day, in seconds. */
    public static final long MAX_GRACE_SECONDS = 24L * 60 * 60;
}
