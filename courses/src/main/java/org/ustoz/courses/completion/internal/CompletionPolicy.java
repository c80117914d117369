package org.ustoz.courses.completion.internal;

import org.ustoz.courses.completion.CriterionSetting;
import org.ustoz.courses.completion.ExcusedAbsences;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;

/** The completion rules of one cohort (at most one per cohort, enforced by a unique constraint). */
@Entity
@Table(name = "ustoz_completion_policy")
public class CompletionPolicy extends BaseEntity {

    /** The minimum attendance rate of a cohort whose rules were never set. */
    public static final BigDecimal DEFAULT_MIN_ATTENDANCE_PERCENT = new BigDecimal("80.00");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "min_attendance_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal minAttendancePercent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "excused_absences", nullable = false, length = 16)
    private ExcusedAbsences excusedAbsences;

    @Column(name = "issue_certificates", nullable = false)
    private boolean issueCertificates;

    @ManyToMany
    @JoinTable(name = "ustoz_completion_module", joinColumns = @JoinColumn(name = "policy_id"),
            inverseJoinColumns = @JoinColumn(name = "module_id"))
    private Set<CourseModule> requiredModules = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "ustoz_completion_criterion", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderColumn(name = "position")
    private List<StoredCriterion> criteria = new ArrayList<>();

    /** For Jakarta Persistence only. */
    protected CompletionPolicy() {
    }

    /** Rules for a cohort; see {@link #change}. */
    public CompletionPolicy(Cohort cohort, BigDecimal minAttendancePercent, ExcusedAbsences excusedAbsences,
            Collection<CourseModule> requiredModules, List<CriterionSetting> criteria, boolean issueCertificates,
            Instant at) {
        super(at);
        this.cohort = Objects.requireNonNull(cohort);
        change(minAttendancePercent, excusedAbsences, requiredModules, criteria, issueCertificates, at);
    }

    /**
     * Replaces the rules.
     *
     * @throws UstozException {@code courses.completion.module-other-course} for a module of another course
     */
    public void change(BigDecimal newMinAttendancePercent, ExcusedAbsences newExcusedAbsences,
            Collection<CourseModule> newRequiredModules, List<CriterionSetting> newCriteria,
            boolean newIssueCertificates, Instant at) {
        for (CourseModule m : newRequiredModules) {
            if (!m.getCourse().getId().equals(cohort.getCourse().getId())) {
                throw new UstozException(CoursesError.COMPLETION_MODULE_OTHER_COURSE, m.getCode(), cohort.getCode());
            }
        }
        this.minAttendancePercent = newMinAttendancePercent.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.excusedAbsences = Objects.requireNonNull(newExcusedAbsences);
        this.issueCertificates = newIssueCertificates;
        this.requiredModules.clear();
        this.requiredModules.addAll(newRequiredModules);
        this.criteria.clear();
        newCriteria.forEach(c -> this.criteria.add(StoredCriterion.of(c)));
        touch(at);
    }

    public Cohort getCohort() {
        return cohort;
    }

    public BigDecimal getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public ExcusedAbsences getExcusedAbsences() {
        return excusedAbsences;
    }

    public boolean isIssueCertificates() {
        return issueCertificates;
    }

    public Set<CourseModule> getRequiredModules() {
        return Collections.unmodifiableSet(requiredModules);
    }

    /** The contributed criteria, in order. */
    public List<CriterionSetting> getCriteria() {
        return criteria.stream().map(StoredCriterion::toSetting).toList();
    }
}
