package org.ustoz.courses.completion;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A cohort's completion rules; {@code explicit} is {@code false} for the defaults of a cohort whose
 * rules were never set (80 % attendance, excused absences not counted, no required modules, no other
 * criteria, certificates issued automatically).
 */
public record CompletionRules(UUID cohortId, BigDecimal minAttendancePercent, ExcusedAbsences excusedAbsences,
        List<UUID> requiredModuleIds, List<String> requiredModuleCodes, List<CriterionSetting> criteria,
        boolean issueCertificates, boolean explicit) {

    public CompletionRules {
        requiredModuleIds = List.copyOf(requiredModuleIds);
        requiredModuleCodes = List.copyOf(requiredModuleCodes);
        criteria = List.copyOf(criteria);
    }
}
