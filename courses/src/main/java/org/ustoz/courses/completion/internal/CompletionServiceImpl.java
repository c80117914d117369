package org.ustoz.courses.completion.internal;

import org.ustoz.core.internal.SafeArgs;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.courses.certificate.internal.Certificates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.certificate.internal.Certificate;
import org.ustoz.courses.certificate.CertificateEvent;
import org.ustoz.courses.certificate.CertificateStatus;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.completion.CompletionCriterion;
import org.ustoz.courses.completion.CompletionLine;
import org.ustoz.courses.completion.CompletionReport;
import org.ustoz.courses.completion.CompletionRules;
import org.ustoz.courses.completion.CompletionService;
import org.ustoz.courses.completion.CriterionContext;
import org.ustoz.courses.completion.CriterionSetting;
import org.ustoz.courses.completion.SetCompletionRules;
import org.ustoz.courses.completion.UnmetCriterion;
import org.ustoz.courses.completion.Verdict;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentEvent;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.timetable.Times;

/**
 * {@link CompletionService} over Jakarta Persistence. An evaluation locks the cohort's row and its
 * enrolments, reads everything with a fixed number of statements, asks each contributed criterion
 * once for the whole cohort, and writes its changes in batches.
 */
public final class CompletionServiceImpl implements CompletionService {

    private final UstozRuntime ustoz;
    private final Map<String, CompletionCriterion> criteria;
    private final Certificates certificates;

    public CompletionServiceImpl(UstozRuntime ustoz, Map<String, CompletionCriterion> criteria, Certificates certificates) {
        this.ustoz = ustoz;
        this.criteria = Map.copyOf(criteria);
        this.certificates = certificates;
    }

    @Override
    public CompletionRules setRules(SetCompletionRules c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        for (CriterionSetting s : c.criteria()) {
            CompletionCriterion criterion = criteria.get(s.type());
            if (criterion == null) {
                throw new UstozException(CoursesError.COMPLETION_CRITERION_UNKNOWN, SafeArgs.key(s.type()));
            }
            String problem = criterion.problemWith(s.parameters());
            if (problem != null) {
                throw new UstozException(CoursesError.COMPLETION_CRITERION_INVALID, s.type(), problem);
            }
        }
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, c.cohortId());
            List<CourseModule> modules = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(c.requiredModuleIds())) {
                modules.add(Finder.find(CourseModule.class, CoursesError.MODULE_NOT_FOUND, em, tenant, id));
            }
            Instant now = ustoz.clock().instant();
            CompletionPolicy policy = Policies.find(em, cohort);
            if (policy == null) {
                policy = new CompletionPolicy(cohort, c.minAttendancePercent(), c.excusedAbsences(), modules,
                        c.criteria(), c.issueCertificates(), now);
                em.persist(policy);
            } else {
                policy.change(c.minAttendancePercent(), c.excusedAbsences(), modules, c.criteria(),
                        c.issueCertificates(), now);
            }
            return policy;
        }, p -> view(p.getCohort(), p));
    }

    @Override
    public CompletionRules rules(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            return view(cohort, Policies.find(em, cohort));
        });
    }

    private static CompletionRules view(Cohort cohort, CompletionPolicy p) {
        if (p == null) {
            Ledger.Rules d = Policies.rules(null);
            return new CompletionRules(cohort.getId(), d.minPercent(), d.excused(), List.of(), List.of(), List.of(),
                    true, false);
        }
        List<CourseModule> modules = p.getRequiredModules().stream()
                .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition())).toList();
        return new CompletionRules(cohort.getId(), p.getMinAttendancePercent(), p.getExcusedAbsences(),
                modules.stream().map(CourseModule::getId).toList(), modules.stream().map(CourseModule::getCode).toList(),
                p.getCriteria(), p.isIssueCertificates(), true);
    }

    @Override
    public List<String> criterionTypes() {
        return criteria.keySet().stream().sorted().toList();
    }

    @Override
    public CompletionReport evaluate(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        Locale locale = ustoz.caller().locale();
        String actor = ustoz.caller().actorId().orElse(null);
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            if (cohort.getStatus() != CohortStatus.IN_PROGRESS && cohort.getStatus() != CohortStatus.COMPLETED) {
                throw new UstozException(CoursesError.COMPLETION_COHORT_NOT_RUNNING, cohort.getCode(),
                        cohort.getStatus());
            }
            Instant now = ustoz.clock().instant();
            Ledger ledger = Ledger.load(em, cohort);
            Instant lastEnd = ledger.lastEnd();
            if (lastEnd != null && now.isBefore(lastEnd)) {
                throw new UstozException(CoursesError.COMPLETION_TOO_EARLY, cohort.getCode(),
                        Times.local(lastEnd, cohort.getTimeZone()));
            }
            CompletionPolicy policy = Policies.find(em, cohort);
            Ledger.Rules rules = Policies.rules(policy);
            boolean issue = policy == null || policy.isIssueCertificates();
            List<Enrolment> enrolments = em.createQuery("select e from Enrolment e join fetch e.trainee t "
                    + "where e.cohort = :c and e.status in :statuses order by t.fullName, e.id", Enrolment.class)
                    .setParameter("c", cohort)
                    .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                            EnrolmentStatus.FAILED))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            Map<UUID, Certificate> issued = new HashMap<>();
            em.createQuery("select c from Certificate c where c.cohortId = :c", Certificate.class)
                    .setParameter("c", cohort.getId()).getResultList()
                    .forEach(c -> issued.put(c.getEnrolmentId(), c));
            Map<String, Map<UUID, Verdict>> contributed = contributed(em, tenant, cohort, policy, enrolments, now);
            Map<UUID, String> moduleCodes = new HashMap<>();
            if (!rules.requiredModules().isEmpty()) {
                policy.getRequiredModules().forEach(m -> moduleCodes.put(m.getId(), m.getCode()));
            }

            List<CompletionLine> lines = new ArrayList<>(enrolments.size());
            int completed = 0;
            int changed = 0;
            int certificatesIssued = 0;
            int certificatesRevoked = 0;
            for (Enrolment e : enrolments) {
                List<UnmetCriterion> unmet = new ArrayList<>();
                Ledger.Tally all = ledger.tally(e.getId(), null, now, rules.excused());
                if (!all.reaches(rules.minPercent())) {
                    unmet.add(unmet("attendance", CoursesError.UNMET_ATTENDANCE, locale, all.percent(),
                            rules.minPercent().stripTrailingZeros().toPlainString()));
                }
                for (UUID moduleId : rules.requiredModules()) {
                    if (!Ledger.moduleCompleted(ledger.tally(e.getId(), moduleId, now, rules.excused()), rules)) {
                        String code = moduleCodes.get(moduleId);
                        unmet.add(unmet("module:" + code, CoursesError.UNMET_MODULE, locale, code));
                    }
                }
                for (Map.Entry<String, Map<UUID, Verdict>> c : contributed.entrySet()) {
                    Verdict v = c.getValue().get(e.getId());
                    if (v == null) {
                        unmet.add(unmet(c.getKey(), CoursesError.COMPLETION_CRITERION_INVALID, locale, c.getKey(),
                                "no verdict"));
                    } else if (!v.isMet()) {
                        unmet.add(unmet(c.getKey(), v.reason(), locale, v.arguments().toArray()));
                    }
                }
                EnrolmentStatus before = e.getStatus();
                if (e.conclude(unmet.stream().map(UnmetCriterion::criterion).toList(),
                        unmet.isEmpty() ? null : joinMessages(unmet), actor, now)) {
                    changed++;
                    ustoz.publish(em, e.getStatus() == EnrolmentStatus.COMPLETED
                            ? new EnrolmentEvent.Completed(tenant, e.getId(), cohort.getId(), e.getTrainee().getId(), now)
                            : new EnrolmentEvent.Failed(tenant, e.getId(), cohort.getId(), e.getTrainee().getId(),
                                    e.getReason(), now));
                }
                Certificate certificate = issued.get(e.getId());
                if (e.getStatus() == EnrolmentStatus.COMPLETED) {
                    completed++;
                    if (certificate == null && issue) {
                        certificate = certificates.issue(em, e, actor, now);
                        certificatesIssued++;
                    } else if (certificate != null && certificate.getStatus() == CertificateStatus.REVOKED
                            && Certificates.EVALUATION.equals(certificate.getRevokedBy())) {
                        certificate.reinstate(now);
                        ustoz.publish(em, new CertificateEvent.Issued(tenant, certificate.getId(),
                                certificate.getCode(), e.getId(), cohort.getId(), e.getTrainee().getId(), now));
                        certificatesIssued++;
                    }
                } else if (certificate != null && certificate.getStatus() == CertificateStatus.VALID) {
                    certificate.revoke(e.getReason(), Certificates.EVALUATION, now);
                    ustoz.publish(em, new CertificateEvent.Revoked(tenant, certificate.getId(), certificate.getCode(),
                            e.getId(), e.getReason(), now));
                    certificatesRevoked++;
                }
                lines.add(new CompletionLine(e.getId(), e.getTrainee().getId(), e.getTrainee().getFullName(), before,
                        e.getStatus(), all.percent(), unmet,
                        certificate != null && certificate.getStatus() == CertificateStatus.VALID
                                ? certificate.getCode() : null));
            }
            return new CompletionReport(cohort.getId(), now, completed, enrolments.size() - completed, changed,
                    certificatesIssued, certificatesRevoked, lines);
        });
    }

    /** Asks each contributed criterion of the rules for its verdicts on the whole cohort. */
    private Map<String, Map<UUID, Verdict>> contributed(EntityManager em, String tenant, Cohort cohort,
            CompletionPolicy policy, List<Enrolment> enrolments, Instant now) {
        Map<String, Map<UUID, Verdict>> verdicts = new LinkedHashMap<>();
        if (policy == null) {
            return verdicts;
        }
        List<CriterionContext.Candidate> candidates = enrolments.stream()
                .map(e -> new CriterionContext.Candidate(e.getId(), e.getTrainee().getId())).toList();
        CriterionContext context = new Context(tenant, cohort.getId(), now, candidates, ustoz.ustoz(), em);
        for (CriterionSetting s : policy.getCriteria()) {
            CompletionCriterion criterion = criteria.get(s.type());
            if (criterion == null) {
                throw new UstozException(CoursesError.COMPLETION_CRITERION_UNKNOWN, SafeArgs.key(s.type()));
            }
            verdicts.put(s.type(), Map.copyOf(criterion.evaluate(context, s.parameters())));
        }
        return verdicts;
    }

    private record Context(String tenantId, UUID cohortId, Instant now, List<Candidate> candidates,
            org.ustoz.core.Ustoz ustoz, EntityManager em) implements CriterionContext {

        @Override
        public <T> T withConnection(ConnectionWork<T> work) {
            return em.unwrap(org.hibernate.Session.class).doReturningWork(work::apply);
        }
    }

    private static UnmetCriterion unmet(String criterion, ErrorCode code, Locale locale, Object... args) {
        String rendered = UstozException.render(code, locale, args);
        String prefix = "[" + code.code() + "] ";
        return new UnmetCriterion(criterion, code.code(),
                rendered.startsWith(prefix) ? rendered.substring(prefix.length()) : rendered);
    }

    private static String joinMessages(List<UnmetCriterion> unmet) {
        return String.join(" ", unmet.stream().map(UnmetCriterion::message).toList());
    }
}
