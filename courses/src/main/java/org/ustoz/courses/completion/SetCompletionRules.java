package org.ustoz.courses.completion;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A cohort's completion rules.
 *
 * @param cohortId the cohort
 * @param minAttendancePercent the minimum attendance rate, 0 to 100, two decimals at most; also the
 *        threshold under which trainees are flagged at risk
 * @param excusedAbsences how excused absences count in the rate
 * @param requiredModuleIds modules each trainee must complete (see
 *        {@link org.ustoz.courses.progress.ModuleProgress#completed()})
 * @param criteria criteria contributed by other modules through {@link CompletionCriterion}
 * @param issueCertificates whether a certificate is issued automatically to each enrolment that
 *        completes
 */
public record SetCompletionRules(
        @NotNull UUID cohortId,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal minAttendancePercent,
        @NotNull ExcusedAbsences excusedAbsences,
        @NotNull @Size(max = 100) List<@NotNull UUID> requiredModuleIds,
        @NotNull @Size(max = 20) List<@NotNull @Valid CriterionSetting> criteria,
        boolean issueCertificates) {
}
