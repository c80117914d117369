package org.ustoz.courses.completion.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.completion.ExcusedAbsences;

/** Reads a cohort's completion rules: one statement, and the defaults when none were set. */
public final class Policies {

    private Policies() {
    }

    /** The cohort's policy with its required modules, or {@code null}. */
    public static CompletionPolicy find(EntityManager em, Cohort cohort) {
        List<CompletionPolicy> found = em.createQuery("select p from CompletionPolicy p "
                + "left join fetch p.requiredModules where p.cohort = :c", CompletionPolicy.class)
                .setParameter("c", cohort).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public static Ledger.Rules rules(CompletionPolicy p) {
        if (p == null) {
            return new Ledger.Rules(CompletionPolicy.DEFAULT_MIN_ATTENDANCE_PERCENT, ExcusedAbsences.NOT_COUNTED,
                    Set.of());
        }
        return new Ledger.Rules(p.getMinAttendancePercent(), p.getExcusedAbsences(),
                p.getRequiredModules().stream().map(CourseModule::getId).collect(Collectors.toSet()));
    }
}
