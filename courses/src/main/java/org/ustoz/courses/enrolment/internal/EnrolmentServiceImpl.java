package org.ustoz.courses.enrolment.internal;

import org.ustoz.core.validation.PlainText;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.core.internal.persistence.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.paging.Page;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.enrolment.BulkEnrolmentLine;
import org.ustoz.courses.enrolment.BulkEnrolmentReport;
import org.ustoz.courses.enrolment.BulkOutcome;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.enrolment.EnrolmentEvent;
import org.ustoz.courses.enrolment.EnrolmentService;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.enrolment.RosterEntry;
import org.ustoz.courses.enrolment.RosterQuery;
import org.ustoz.courses.enrolment.RosterSummary;
import org.ustoz.courses.enrolment.Withdraw;
import org.ustoz.courses.enrolment.Withdrawal;
import org.ustoz.courses.trainee.internal.Trainee;

/**
 * {@link EnrolmentService} over Jakarta Persistence. Every change of seats starts by locking the
 * cohort's row, before any other read, so that the counters it reads are the latest committed ones
 * on every database and isolation level; enrolment rows are read with locking reads for the same
 * reason.
 */
public final class EnrolmentServiceImpl implements EnrolmentService {

    private static final EnrolmentMapper MAP = EnrolmentMapper.INSTANCE;

    private final UstozRuntime ustoz;

    public EnrolmentServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public EnrolmentView enrol(Enrol command) {
        ustoz.validate(command);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, command.cohortId());
            cohort.requireOpen();
            Trainee trainee = Finder.find(Trainee.class, CoursesError.TRAINEE_NOT_FOUND, em, tenant, command.traineeId());
            Map<UUID, Enrolment> existing = existing(em, cohort, List.of(trainee.getId()));
            Enrolment enrolment = existing.get(trainee.getId());
            if (enrolment != null && enrolment.getStatus() != EnrolmentStatus.WITHDRAWN) {
                throw new UstozException(CoursesError.ALREADY_ENROLLED, trainee.getEmail(), cohort.getCode());
            }
            return admit(em, cohort, trainee, enrolment, ustoz.clock().instant());
        }, MAP::toView);
    }

    /** Gives a trainee a seat or a waitlist place, creating or reopening the enrolment. */
    private Enrolment admit(EntityManager em, Cohort cohort, Trainee trainee, Enrolment withdrawn, Instant at) {
        long position = cohort.admit(at);
        String actor = ustoz.caller().actorId().orElse(null);
        Enrolment enrolment;
        if (withdrawn != null) {
            withdrawn.reapply(position, actor, at);
            enrolment = withdrawn;
        } else {
            enrolment = new Enrolment(cohort, trainee, position, actor, at);
            em.persist(enrolment);
        }
        String tenant = cohort.getTenantId();
        ustoz.publish(em, position == 0
                ? new EnrolmentEvent.Enrolled(tenant, enrolment.getId(), cohort.getId(), trainee.getId(), at)
                : new EnrolmentEvent.Waitlisted(tenant, enrolment.getId(), cohort.getId(), trainee.getId(), position, at));
        return enrolment;
    }

    /** The enrolments of these trainees in the cohort, read with a lock, by trainee id. */
    private static Map<UUID, Enrolment> existing(EntityManager em, Cohort cohort, List<UUID> traineeIds) {
        Map<UUID, Enrolment> byTrainee = new HashMap<>();
        for (int from = 0; from < traineeIds.size(); from += 500) {
            List<UUID> chunk = traineeIds.subList(from, Math.min(traineeIds.size(), from + 500));
            em.createQuery("select e from Enrolment e where e.cohort = :c and e.trainee.id in :ids", Enrolment.class)
                    .setParameter("c", cohort).setParameter("ids", chunk)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(e -> byTrainee.put(e.getTrainee().getId(), e));
        }
        return byTrainee;
    }

    @Override
    public BulkEnrolmentReport enrolAll(EnrolMany command) {
        ustoz.validate(command);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, command.cohortId());
            cohort.requireOpen();
            List<UUID> distinct = List.copyOf(new LinkedHashSet<>(command.traineeIds()));
            Map<UUID, Trainee> trainees = trainees(em, tenant, distinct);
            Map<UUID, Enrolment> existing = existing(em, cohort, distinct);
            Instant now = ustoz.clock().instant();
            Map<UUID, BulkEnrolmentLine> first = new HashMap<>();
            List<BulkEnrolmentLine> lines = new ArrayList<>(command.traineeIds().size());
            for (UUID id : command.traineeIds()) {
                BulkEnrolmentLine earlier = first.get(id);
                BulkEnrolmentLine line;
                if (earlier != null) { // listed twice: the first line decided
                    line = earlier.enrolmentId() == null ? earlier : new BulkEnrolmentLine(id,
                            BulkOutcome.ALREADY_ENROLLED, earlier.enrolmentId(), earlier.status(),
                            earlier.waitlistPosition(), null, null);
                } else {
                    line = enrolOne(em, cohort, id, trainees.get(id), existing.get(id), now);
                    first.put(id, line);
                }
                lines.add(line);
            }
            return new BulkEnrolmentReport(cohort.getId(), lines);
        });
    }

    private BulkEnrolmentLine enrolOne(EntityManager em, Cohort cohort, UUID id, Trainee trainee, Enrolment current,
            Instant now) {
        if (trainee == null) {
            return refused(id, new UstozException(CoursesError.TRAINEE_NOT_FOUND, id));
        }
        if (current != null && current.getStatus() != EnrolmentStatus.WITHDRAWN) {
            return new BulkEnrolmentLine(id, BulkOutcome.ALREADY_ENROLLED, current.getId(), current.getStatus(),
                    current.getWaitlistPosition(), null, null);
        }
        try {
            Enrolment e = admit(em, cohort, trainee, current, now);
            return new BulkEnrolmentLine(id, e.getStatus() == EnrolmentStatus.ENROLLED ? BulkOutcome.ENROLLED
                    : BulkOutcome.WAITLISTED, e.getId(), e.getStatus(), e.getWaitlistPosition(), null, null);
        } catch (UstozException refused) {
            return refused(id, refused);
        }
    }

    private BulkEnrolmentLine refused(UUID traineeId, UstozException reason) {
        return new BulkEnrolmentLine(traineeId, BulkOutcome.REFUSED, null, null, null, reason.code(),
                reason.getMessage(ustoz.caller().locale()));
    }

    private static Map<UUID, Trainee> trainees(EntityManager em, String tenant, List<UUID> ids) {
        Map<UUID, Trainee> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("select t from Trainee t where t.tenantId = :t and t.id in :ids", Trainee.class)
                    .setParameter("t", tenant).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList().forEach(t -> byId.put(t.getId(), t));
        }
        return byId;
    }

    @Override
    public Withdrawal withdraw(Withdraw command) {
        ustoz.validate(command);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            UUID cohortId = cohortOf(em, tenant, command.enrolmentId());
            Cohort cohort = Finder.findLocked(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            Enrolment enrolment = em.find(Enrolment.class, command.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
            Instant now = ustoz.clock().instant();
            EnrolmentStatus previous = enrolment.withdraw(command.reason(), ustoz.caller().actorId().orElse(null), now);
            if (previous == EnrolmentStatus.ENROLLED) {
                cohort.seatReleased(now);
            } else {
                cohort.waitlistPlaceReleased(now);
            }
            ustoz.publish(em, new EnrolmentEvent.Withdrawn(tenant, enrolment.getId(), cohortId,
                    enrolment.getTrainee().getId(), previous, command.reason(), now));
            List<Enrolment> changed = new ArrayList<>(List.of(enrolment));
            if (cohort.getStatus() == CohortStatus.OPEN_FOR_ENROLMENT) {
                changed.addAll(Waitlist.fillFreeSeats(ustoz, em, cohort, now));
            }
            return changed;
        }, changed -> new Withdrawal(MAP.toView(changed.get(0)),
                changed.size() > 1 ? MAP.toView(changed.get(1)) : null));
    }

    /** The cohort of an enrolment of the tenant, read without loading the enrolment. */
    private static UUID cohortOf(EntityManager em, String tenant, UUID enrolmentId) {
        List<UUID> ids = em.createQuery("select e.cohort.id from Enrolment e where e.id = :id "
                + "and e.cohort.tenantId = :t", UUID.class)
                .setParameter("id", enrolmentId).setParameter("t", tenant).getResultList();
        if (ids.isEmpty()) {
            throw new UstozException(CoursesError.ENROLMENT_NOT_FOUND, enrolmentId);
        }
        return ids.get(0);
    }

    @Override
    public EnrolmentView markCompleted(UUID enrolmentId) {
        return close(enrolmentId, e -> {
            Instant now = ustoz.clock().instant();
            e.complete(ustoz.caller().actorId().orElse(null), now);
            return new EnrolmentEvent.Completed(e.getCohort().getTenantId(), e.getId(), e.getCohort().getId(),
                    e.getTrainee().getId(), now);
        });
    }

    @Override
    public EnrolmentView markFailed(UUID enrolmentId, String reason) {
        ustoz.validateText("reason", reason, PlainText.Kind.REASON);
        return close(enrolmentId, e -> {
            Instant now = ustoz.clock().instant();
            e.fail(reason, ustoz.caller().actorId().orElse(null), now);
            return new EnrolmentEvent.Failed(e.getCohort().getTenantId(), e.getId(), e.getCohort().getId(),
                    e.getTrainee().getId(), reason, now);
        });
    }

    private EnrolmentView close(UUID enrolmentId, Function<Enrolment, EnrolmentEvent> change) {
        return ustoz.inTransaction(em -> {
            Enrolment enrolment = Finder.find(Enrolment.class, CoursesError.ENROLMENT_NOT_FOUND, em, ustoz.caller().tenantId(), enrolmentId);
            ustoz.publish(em, change.apply(enrolment));
            return enrolment;
        }, MAP::toView);
    }

    @Override
    public EnrolmentView get(UUID enrolmentId) {
        return ustoz.read(em -> MAP.toView(Finder.find(Enrolment.class, CoursesError.ENROLMENT_NOT_FOUND, em, ustoz.caller().tenantId(), enrolmentId)));
    }

    @Override
    public EnrolmentView find(UUID cohortId, UUID traineeId) {
        return ustoz.read(em -> {
            List<Enrolment> found = em.createQuery("select e from Enrolment e where e.cohort.id = :c "
                    + "and e.trainee.id = :tr and e.cohort.tenantId = :t", Enrolment.class)
                    .setParameter("c", cohortId).setParameter("tr", traineeId)
                    .setParameter("t", ustoz.caller().tenantId()).getResultList();
            if (found.isEmpty()) {
                throw new UstozException(CoursesError.ENROLMENT_NOT_FOUND, cohortId + "/" + traineeId);
            }
            return MAP.toView(found.get(0));
        });
    }

    @Override
    public Page<RosterEntry> roster(RosterQuery query) {
        ustoz.validate(query);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("c", query.cohortId());
        parameters.put("t", ustoz.caller().tenantId());
        parameters.put("statuses", query.statuses());
        return ustoz.read(em -> Paging.page(em, RosterEntry.class,
                "select new org.ustoz.courses.enrolment.RosterEntry(e.id, tr.id, tr.fullName, tr.latinName, tr.email, "
                        + "tr.country, tr.school, e.status, e.waitlistPosition, e.requestedAt, e.enrolledAt)",
                "from Enrolment e join e.trainee tr where e.cohort.id = :c and tr.tenantId = :t "
                        + "and e.status in :statuses",
                "order by case e.status when org.ustoz.courses.enrolment.EnrolmentStatus.ENROLLED then 0 "
                        + "when org.ustoz.courses.enrolment.EnrolmentStatus.WAITLISTED then 1 else 2 end, "
                        + "coalesce(e.waitlistPosition, 0), tr.fullName, e.id",
                parameters, query.page()));
    }

    @Override
    public RosterSummary summary(UUID cohortId) {
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, ustoz.caller().tenantId(), cohortId);
            Map<EnrolmentStatus, Long> counts = new HashMap<>();
            em.createQuery("select e.status, count(e) from Enrolment e where e.cohort = :c group by e.status",
                    Object[].class).setParameter("c", cohort).getResultList()
                    .forEach(row -> counts.put((EnrolmentStatus) row[0], (Long) row[1]));
            return new RosterSummary(cohort.getId(), cohort.getCode(), cohort.getCapacity(),
                    cohort.getWaitlistCapacity(), counts.getOrDefault(EnrolmentStatus.ENROLLED, 0L),
                    counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0L),
                    counts.getOrDefault(EnrolmentStatus.COMPLETED, 0L),
                    counts.getOrDefault(EnrolmentStatus.FAILED, 0L),
                    counts.getOrDefault(EnrolmentStatus.WITHDRAWN, 0L));
        });
    }
}
