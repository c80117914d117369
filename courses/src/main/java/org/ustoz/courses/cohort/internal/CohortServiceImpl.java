package org.ustoz.courses.cohort.internal;

import org.ustoz.core.internal.SafeArgs;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.core.internal.persistence.Paging;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.paging.Page;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.internal.Course;
import org.ustoz.courses.cohort.ChangeCapacity;
import org.ustoz.courses.cohort.CohortEvent;
import org.ustoz.courses.cohort.CohortQuery;
import org.ustoz.courses.cohort.CohortService;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.cohort.CohortSummary;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.ScheduleCohort;

/** {@link CohortService} over Jakarta Persistence. */
public final class CohortServiceImpl implements CohortService {

    private static final CohortMapper MAP = CohortMapper.INSTANCE;

    private final UstozRuntime ustoz;

    private final SeatFiller waitlist;

    public CohortServiceImpl(UstozRuntime ustoz, SeatFiller waitlist) {
        this.ustoz = ustoz;
        this.waitlist = waitlist;
    }

    @Override
    public CohortView schedule(ScheduleCohort c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Course course = Finder.find(Course.class, CoursesError.COURSE_NOT_FOUND, em, tenant, c.courseId());
            Long taken = em.createQuery("select count(c) from Cohort c where c.tenantId = :t and c.code = :code",
                    Long.class).setParameter("t", tenant).setParameter("code", c.code()).getSingleResult();
            if (taken > 0) {
                throw new UstozException(CoursesError.COHORT_CODE_TAKEN, c.code());
            }
            Instant now = ustoz.clock().instant();
            Cohort cohort = new Cohort(course, c.code(), c.title(), c.startDate(), c.endDate(), ZoneId.of(c.timeZone()),
                    c.deliveryMode(), c.venue(), c.onlineUrl(), Locale.forLanguageTag(c.language()), c.capacity(),
                    c.waitlistCapacity(), c.facilitators(), c.partners(), now);
            em.persist(cohort);
            ustoz.publish(em, new CohortEvent.Scheduled(tenant, cohort.getId(), cohort.getCode(), course.getId(), now));
            return cohort;
        }, MAP::toView);
    }

    @Override
    public CohortView openEnrolment(UUID cohortId) {
        return transition(cohortId, null, Cohort::openEnrolment);
    }

    @Override
    public CohortView start(UUID cohortId) {
        return transition(cohortId, null, Cohort::start);
    }

    @Override
    public CohortView complete(UUID cohortId) {
        return transition(cohortId, null, Cohort::complete);
    }

    @Override
    public CohortView cancel(UUID cohortId, String reason) {
        ustoz.validateText("reason", reason, PlainText.Kind.REASON);
        return transition(cohortId, reason, (cohort, at) -> cohort.cancel(reason, at));
    }

    private CohortView transition(UUID cohortId, String reason, BiConsumer<Cohort, Instant> move) {
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, ustoz.caller().tenantId(), cohortId);
            CohortStatus from = cohort.getStatus();
            Instant now = ustoz.clock().instant();
            move.accept(cohort, now);
            ustoz.publish(em, new CohortEvent.StatusChanged(cohort.getTenantId(), cohort.getId(), cohort.getCode(),
                    from, cohort.getStatus(), reason, now));
            return cohort;
        }, MAP::toView);
    }

    @Override
    public CohortView changeCapacity(ChangeCapacity command) {
        ustoz.validate(command);
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, ustoz.caller().tenantId(), command.cohortId());
            Instant now = ustoz.clock().instant();
            cohort.changeCapacity(command.capacity(), command.waitlistCapacity(), now);
            if (cohort.getStatus() == CohortStatus.OPEN_FOR_ENROLMENT) {
                waitlist.fillFreeSeats(em, cohort, now);
            }
            ustoz.publish(em, new CohortEvent.CapacityChanged(cohort.getTenantId(), cohort.getId(),
                    cohort.getCapacity(), cohort.getWaitlistCapacity(), now));
            return cohort;
        }, MAP::toView);
    }

    @Override
    public CohortView get(UUID cohortId) {
        return ustoz.read(em -> MAP.toView(fetch(em, "c.id = :key", cohortId)));
    }

    @Override
    public CohortView getByCode(String code) {
        ustoz.validateText("code", code, PlainText.Kind.LINE);
        return ustoz.read(em -> MAP.toView(fetch(em, "c.code = :key", code)));
    }

    private Cohort fetch(EntityManager em, String condition, Object key) {
        List<Cohort> found = em.createQuery("select c from Cohort c join fetch c.course where c.tenantId = :t and "
                + condition, Cohort.class).setParameter("t", ustoz.caller().tenantId()).setParameter("key", key)
                .getResultList();
        if (found.isEmpty()) {
            throw new UstozException(CoursesError.COHORT_NOT_FOUND, key instanceof String s ? SafeArgs.key(s) : key);
        }
        return found.get(0);
    }

    @Override
    public Page<CohortSummary> list(CohortQuery query) {
        ustoz.validate(query);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("t", ustoz.caller().tenantId());
        StringBuilder from = new StringBuilder("from Cohort c join c.course k where c.tenantId = :t");
        if (query.courseId() != null) {
            from.append(" and k.id = :course");
            parameters.put("course", query.courseId());
        }
        if (query.status() != null) {
            from.append(" and c.status = :s");
            parameters.put("s", query.status());
        }
        return ustoz.read(em -> Paging.page(em, CohortSummary.class,
                "select new org.ustoz.courses.cohort.CohortSummary(c.id, c.code, k.code, coalesce(c.title, k.title), "
                        + "c.startDate, c.endDate, c.status, c.capacity, c.enrolledCount, c.waitlistedCount)",
                from.toString(), "order by c.startDate, c.code, c.id", parameters, query.page()));
    }
}
