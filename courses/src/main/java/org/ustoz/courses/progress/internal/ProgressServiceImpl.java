package org.ustoz.courses.progress.internal;

import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.courses.completion.internal.Ledger;
import org.ustoz.courses.completion.internal.Policies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.progress.CohortDashboard;
import org.ustoz.courses.progress.ProgressService;
import org.ustoz.courses.progress.TraineeProgress;

/** {@link ProgressService} over a {@link Ledger}: a fixed number of statements per call. */
public final class ProgressServiceImpl implements ProgressService {

    private final UstozRuntime ustoz;

    public ProgressServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public TraineeProgress ofTrainee(UUID cohortId, UUID traineeId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            Ledger.EnrolmentRow row = Ledger.participants(em, cohort).stream()
                    .filter(e -> e.traineeId().equals(traineeId)).findFirst()
                    .orElseThrow(() -> new UstozException(CoursesError.ENROLMENT_NOT_FOUND,
                            cohortId + "/" + traineeId));
            Ledger.Rules rules = Policies.rules(Policies.find(em, cohort));
            return Ledger.load(em, cohort).progress(row, ustoz.clock().instant(), rules);
        });
    }

    @Override
    public CohortDashboard dashboard(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            Ledger.Rules rules = Policies.rules(Policies.find(em, cohort));
            Ledger ledger = Ledger.load(em, cohort);
            Instant now = ustoz.clock().instant();
            List<TraineeProgress> rows = Ledger.participants(em, cohort).stream()
                    .map(e -> ledger.progress(e, now, rules))
                    .sorted(Comparator.comparing((TraineeProgress p) -> !p.risk().atRisk()))
                    .toList();
            List<BigDecimal> rates = rows.stream().map(TraineeProgress::attendancePercent).filter(Objects::nonNull)
                    .toList();
            BigDecimal average = rates.isEmpty() ? null : rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(rates.size()), 1, RoundingMode.HALF_UP);
            int held = ledger.held(now);
            int atRisk = (int) rows.stream().filter(p -> p.risk().atRisk()).count();
            return new CohortDashboard(cohort.getId(), cohort.getCode(), cohort.getTimeZone(), now, rules.minPercent(),
                    ledger.sessions().size(), held, average, atRisk, rows);
        });
    }
}
