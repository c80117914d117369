package org.ustoz.courses.timetable.internal;

import org.ustoz.core.validation.PlainText;
import org.ustoz.core.internal.persistence.Finder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.timetable.RescheduleSession;
import org.ustoz.courses.timetable.ScheduleSession;
import org.ustoz.courses.timetable.SessionEvent;
import org.ustoz.courses.timetable.SessionStatus;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.timetable.TimetableService;
import org.ustoz.courses.timetable.Times;
import org.ustoz.courses.timetable.TraineeTimetableQuery;
import org.ustoz.courses.trainee.internal.Trainee;

/** {@link TimetableService} over Jakarta Persistence, with clash checks under {@link ScheduleLocks}. */
public final class TimetableServiceImpl implements TimetableService {

    private static final SessionMapper MAP = SessionMapper.INSTANCE;

    private final UstozRuntime ustoz;

    public TimetableServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public SessionView schedule(ScheduleSession c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, c.cohortId());
            CourseModule module = c.moduleId() == null ? null : Finder.find(CourseModule.class, CoursesError.MODULE_NOT_FOUND, em, tenant, c.moduleId());
            List<Facilitator> people = c.facilitators() != null ? c.facilitators() : cohort.getFacilitators();
            Instant now = ustoz.clock().instant();
            Session session = new Session(cohort, module, c.title(), c.startsAt(), c.endsAt(), blankToNull(c.room()),
                    blankToNull(c.onlineUrl()), people, now);
            requireNoClash(em, session);
            em.persist(session);
            ustoz.publish(em, new SessionEvent.Scheduled(tenant, session.getId(), cohort.getId(),
                    session.getStartsAt(), session.getEndsAt(), now));
            return session;
        }, s -> MAP.toView(s, s.getCohort().getTimeZone()));
    }

    @Override
    public SessionView reschedule(RescheduleSession c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Session session = lockedSession(em, tenant, c.sessionId());
            requireNoAttendance(em, session);
            Instant now = ustoz.clock().instant();
            session.reschedule(c.startsAt(), c.endsAt(), blankToNull(c.room()), blankToNull(c.onlineUrl()),
                    c.facilitators() != null ? c.facilitators() : session.getFacilitators(), now);
            requireNoClash(em, session);
            ustoz.publish(em, new SessionEvent.Rescheduled(tenant, session.getId(), session.getCohort().getId(),
                    session.getStartsAt(), session.getEndsAt(), now));
            return session;
        }, s -> MAP.toView(s, s.getCohort().getTimeZone()));
    }

    @Override
    public SessionView cancel(UUID sessionId, String reason) {
        ustoz.validateText("reason", reason, PlainText.Kind.REASON);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Session session = lockedSession(em, tenant, sessionId);
            requireNoAttendance(em, session);
            Instant now = ustoz.clock().instant();
            session.cancel(reason, now);
            ustoz.publish(em, new SessionEvent.Cancelled(tenant, session.getId(), session.getCohort().getId(), reason,
                    now));
            return session;
        }, s -> MAP.toView(s, s.getCohort().getTimeZone()));
    }

    private static Session lockedSession(EntityManager em, String tenant, UUID id) {
        Session s = id == null ? null : em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.SESSION_NOT_FOUND, id);
        }
        return s;
    }

    private static void requireNoAttendance(EntityManager em, Session session) {
        long recorded = em.createQuery("select count(a) from AttendanceRecord a where a.session = :s", Long.class)
                .setParameter("s", session).getSingleResult();
        if (recorded > 0) {
            throw new UstozException(CoursesError.SESSION_HAS_ATTENDANCE, session.displayTitle().primary(), recorded);
        }
    }

    /**
     * Locks the session's facilitators and room, then looks for another scheduled session of the
     * tenant that overlaps it and books one of them. The query is a locking read, so it sees the latest
     * committed sessions even under MariaDB's repeatable read.
     */
    private static void requireNoClash(EntityManager em, Session session) {
        Set<String> keys = session.bookingKeys();
        if (keys.isEmpty()) {
            return;
        }
        ScheduleLocks.lock(em, session.getTenantId(), keys);
        List<Object[]> clashes = em.createQuery("select s, b from Session s join s.bookings b "
                + "where s.tenantId = :t and s.status = :scheduled and s.id <> :self and b in :keys "
                + "and s.startsAt < :end and s.endsAt > :start order by s.startsAt, s.id", Object[].class)
                .setParameter("t", session.getTenantId()).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("self", session.getId()).setParameter("keys", keys)
                .setParameter("start", session.getStartsAt()).setParameter("end", session.getEndsAt())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (clashes.isEmpty()) {
            return;
        }
        Session other = (Session) clashes.get(0)[0]; // from the locking read: find() could miss it in a snapshot
        String key = (String) clashes.get(0)[1];
        ZoneId zone = other.getCohort().getTimeZone();
        boolean room = key.startsWith("room:");
        String who = room ? session.getRoom() : session.getFacilitators().stream()
                .filter(f -> Session.facilitatorKey(f).equals(key)).map(Facilitator::name).findFirst().orElse(key);
        throw new UstozException(room ? CoursesError.SESSION_ROOM_CLASH : CoursesError.SESSION_FACILITATOR_CLASH,
                who, other.displayTitle().primary(), other.getCohort().getCode(),
                Times.local(other.getStartsAt(), zone), Times.local(other.getEndsAt(), zone), other.getId());
    }

    @Override
    public SessionView get(UUID sessionId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Session s = sessionId == null ? null : em.find(Session.class, sessionId);
            if (s == null || !s.getTenantId().equals(tenant)) {
                throw new UstozException(CoursesError.SESSION_NOT_FOUND, sessionId);
            }
            return MAP.toView(s, s.getCohort().getTimeZone());
        });
    }

    @Override
    public List<SessionView> cohortTimetable(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            return sessions(em, "s.cohort = :c", "c", cohort).stream()
                    .map(s -> MAP.toView(s, cohort.getTimeZone())).toList();
        });
    }

    @Override
    public List<SessionView> traineeTimetable(TraineeTimetableQuery q) {
        ustoz.validate(q);
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Trainee trainee = Finder.find(Trainee.class, CoursesError.TRAINEE_NOT_FOUND, em, tenant, q.traineeId());
            ZoneId zone = q.timeZone() != null ? ZoneId.of(q.timeZone()) : trainee.getTimeZone();
            List<Session> found = em.createQuery("select s from Session s join fetch s.cohort c "
                    + "left join fetch s.module where s.status = :scheduled and exists (select 1 from Enrolment e "
                    + "where e.cohort = c and e.trainee = :tr and e.status in :statuses) "
                    + "and s.endsAt > :from and s.startsAt < :to order by s.startsAt, s.id", Session.class)
                    .setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("tr", trainee)
                    .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                            EnrolmentStatus.FAILED))
                    .setParameter("from", q.from() != null ? q.from() : Instant.EPOCH)
                    .setParameter("to", q.to() != null ? q.to() : Instant.parse("9999-12-31T00:00:00Z"))
                    .getResultList();
            return found.stream()
                    .map(s -> MAP.toView(s, zone != null ? zone : s.getCohort().getTimeZone()))
                    .sorted(Comparator.comparing(SessionView::startsAt))
                    .toList();
        });
    }

    private static List<Session> sessions(EntityManager em, String where, String name, Object value) {
        return em.createQuery("select s from Session s left join fetch s.module where " + where
                + " order by s.startsAt, s.id", Session.class).setParameter(name, value).getResultList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
