package org.ustoz.courses.attendance.internal;

import org.ustoz.courses.completion.internal.Ledger;
import org.ustoz.courses.completion.internal.Policies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.attendance.AttendanceCorrection;
import org.ustoz.courses.attendance.AttendanceEvent;
import org.ustoz.courses.attendance.AttendanceService;
import org.ustoz.courses.attendance.AttendanceSheetLine;
import org.ustoz.courses.attendance.AttendanceStatus;
import org.ustoz.courses.attendance.AttendanceView;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordAttendance;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.attendance.SessionAttendance;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.progress.ProgressEvent;
import org.ustoz.courses.progress.Risk;
import org.ustoz.courses.progress.TraineeProgress;
import org.ustoz.courses.timetable.internal.Session;
import org.ustoz.courses.timetable.Times;

/**
 * {@link AttendanceService} over Jakarta Persistence. Recording a session locks the session's row, so
 * that recordings of one session from several application instances follow each other, and reads
 * everything it needs with a fixed number of statements before batching its inserts and updates.
 */
public final class AttendanceServiceImpl implements AttendanceService {

    private static final AttendanceMapper MAP = AttendanceMapper.INSTANCE;
    private static final List<EnrolmentStatus> ATTENDING = List.of(EnrolmentStatus.ENROLLED,
            EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);

    private final UstozRuntime ustoz;

    public AttendanceServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public AttendanceView record(RecordAttendance command) {
        ustoz.validate(command);
        SessionAttendance result = recordSession(new RecordSessionAttendance(command.sessionId(),
                List.of(command.mark()), command.correctionReason()));
        UUID trainee = command.mark().traineeId();
        return result.records().stream().filter(r -> r.traineeId().equals(trainee)).findFirst().orElseThrow();
    }

    @Override
    public SessionAttendance recordSession(RecordSessionAttendance c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        String actor = ustoz.caller().actorId().orElse(null);
        return ustoz.inTransaction(em -> {
            Session session = lockedSession(em, tenant, c.sessionId());
            Cohort cohort = session.getCohort();
            session.requireScheduled();
            Instant now = ustoz.clock().instant();
            if (now.isBefore(session.getStartsAt())) {
                throw new UstozException(CoursesError.ATTENDANCE_TOO_EARLY, session.displayTitle().primary(),
                        Times.local(session.getStartsAt(), cohort.getTimeZone()));
            }
            Map<UUID, UUID> enrolmentByTrainee = new HashMap<>();
            Map<UUID, Enrolment> enrolments = new HashMap<>();
            em.createQuery("select e from Enrolment e where e.cohort = :c and e.status in :s", Enrolment.class)
                    .setParameter("c", cohort).setParameter("s", ATTENDING).getResultList()
                    .forEach(e -> {
                        enrolmentByTrainee.put(e.getTrainee().getId(), e.getId());
                        enrolments.put(e.getId(), e);
                    });
            Map<UUID, AttendanceRecord> existing = new HashMap<>();
            em.createQuery("select a from AttendanceRecord a where a.session = :s", AttendanceRecord.class)
                    .setParameter("s", session).getResultList()
                    .forEach(a -> existing.put(a.getEnrolment().getId(), a));

            Map<UUID, Mark> lines = check(c, session, cohort, enrolmentByTrainee, existing);

            Ledger.Rules rules = Policies.rules(Policies.find(em, cohort));
            Ledger ledger = Ledger.load(em, cohort);
            List<Ledger.EnrolmentRow> participants = Ledger.participants(em, cohort);
            Map<UUID, Risk> before = risks(ledger, participants, now, rules);

            List<UUID> recorded = new ArrayList<>();
            List<UUID> corrected = new ArrayList<>();
            int unchanged = 0;
            for (Map.Entry<UUID, Mark> line : lines.entrySet()) {
                Mark m = line.getValue();
                UUID enrolmentId = enrolmentByTrainee.get(m.traineeId());
                String reason = blankToNull(m.reason());
                AttendanceRecord a = existing.get(enrolmentId);
                if (a == null) {
                    a = new AttendanceRecord(session, enrolments.get(enrolmentId), m.status(),
                            m.lateMinutes(), m.leftEarlyMinutes(), reason, actor, now);
                    em.persist(a);
                    existing.put(enrolmentId, a);
                    recorded.add(m.traineeId());
                } else {
                    AttendanceChange change = a.correct(m.status(), m.lateMinutes(), m.leftEarlyMinutes(), reason,
                            blankToNull(c.correctionReason()), actor, now);
                    if (change == null) {
                        unchanged++;
                        continue;
                    }
                    em.persist(change);
                    corrected.add(m.traineeId());
                }
                ledger.put(enrolmentId, session.getId(), m.status(), m.lateMinutes(), m.leftEarlyMinutes());
            }
            if (!recorded.isEmpty() || !corrected.isEmpty()) {
                ustoz.publish(em, new AttendanceEvent.Recorded(tenant, session.getId(), cohort.getId(), recorded,
                        corrected, now));
                publishNewRisks(em, ledger, participants, cohort, now, rules, before);
            }
            List<AttendanceRecord> all = new ArrayList<>(existing.values());
            return new Result(session.getId(), recorded.size(), corrected.size(), unchanged, all);
        }, r -> new SessionAttendance(r.sessionId(), r.created(), r.corrected(), r.unchanged(),
                r.records().stream().map(MAP::toView)
                        .sorted((a, b) -> a.traineeId().compareTo(b.traineeId())).toList()));
    }

    private record Result(UUID sessionId, int created, int corrected, int unchanged, List<AttendanceRecord> records) {
    }

    /** Checks every line before anything changes; the first bad line refuses the call with its number. */
    private static Map<UUID, Mark> check(RecordSessionAttendance c, Session session, Cohort cohort,
            Map<UUID, UUID> enrolmentByTrainee, Map<UUID, AttendanceRecord> existing) {
        Map<UUID, Mark> lines = new LinkedHashMap<>();
        int minutes = session.durationMinutes();
        boolean hasCorrectionReason = c.correctionReason() != null && !c.correctionReason().isBlank();
        for (int i = 0; i < c.marks().size(); i++) {
            Mark m = c.marks().get(i);
            int line = i + 1;
            UUID enrolmentId = enrolmentByTrainee.get(m.traineeId());
            if (enrolmentId == null) {
                throw new UstozException(CoursesError.ATTENDANCE_NOT_ENROLLED, line, m.traineeId(), cohort.getCode());
            }
            if (lines.putIfAbsent(m.traineeId(), m) != null) {
                throw new UstozException(CoursesError.ATTENDANCE_DUPLICATE_TRAINEE, line, m.traineeId());
            }
            boolean minutesOk = m.status() == AttendanceStatus.PRESENT
                    ? m.lateMinutes() + m.leftEarlyMinutes() < minutes
                    : m.lateMinutes() == 0 && m.leftEarlyMinutes() == 0;
            if (!minutesOk) {
                throw new UstozException(CoursesError.ATTENDANCE_MINUTES_INVALID, line, m.lateMinutes(),
                        m.leftEarlyMinutes(), minutes);
            }
            if (m.status() == AttendanceStatus.EXCUSED && (m.reason() == null || m.reason().isBlank())) {
                throw new UstozException(CoursesError.ATTENDANCE_REASON_REQUIRED, line);
            }
            AttendanceRecord a = existing.get(enrolmentId);
            if (a != null && !hasCorrectionReason
                    && !a.says(m.status(), m.lateMinutes(), m.leftEarlyMinutes(), blankToNull(m.reason()))) {
                throw new UstozException(CoursesError.ATTENDANCE_CORRECTION_REASON_REQUIRED, line, m.traineeId());
            }
        }
        return lines;
    }

    private static Map<UUID, Risk> risks(Ledger ledger, List<Ledger.EnrolmentRow> participants, Instant now,
            Ledger.Rules rules) {
        Map<UUID, Risk> risks = new HashMap<>();
        for (Ledger.EnrolmentRow e : participants) {
            risks.put(e.enrolmentId(), ledger.progress(e, now, rules).risk());
        }
        return risks;
    }

    /** Announces the trainees this recording put at risk, or at a worse risk. */
    private void publishNewRisks(EntityManager em, Ledger ledger, List<Ledger.EnrolmentRow> participants,
            Cohort cohort, Instant now, Ledger.Rules rules, Map<UUID, Risk> before) {
        for (Ledger.EnrolmentRow e : participants) {
            TraineeProgress p = ledger.progress(e, now, rules);
            Risk was = before.getOrDefault(e.enrolmentId(), Risk.ON_TRACK);
            if (p.risk().ordinal() > was.ordinal()) {
                ustoz.publish(em, new ProgressEvent.TraineeAtRisk(cohort.getTenantId(), cohort.getId(),
                        e.enrolmentId(), e.traineeId(), p.risk(), p.attendancePercent(), rules.minPercent(), now));
            }
        }
    }

    private static Session lockedSession(EntityManager em, String tenant, UUID id) {
        Session s = id == null ? null : em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.SESSION_NOT_FOUND, id);
        }
        return s;
    }

    @Override
    public List<AttendanceSheetLine> sheet(UUID sessionId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Session session = em.find(Session.class, sessionId);
            if (session == null || !session.getTenantId().equals(tenant)) {
                throw new UstozException(CoursesError.SESSION_NOT_FOUND, sessionId);
            }
            Map<UUID, AttendanceRecord> records = new HashMap<>();
            em.createQuery("select a from AttendanceRecord a where a.session = :s", AttendanceRecord.class)
                    .setParameter("s", session).getResultList()
                    .forEach(a -> records.put(a.getEnrolment().getId(), a));
            return Ledger.participants(em, session.getCohort()).stream().map(e -> {
                AttendanceRecord a = records.get(e.enrolmentId());
                return new AttendanceSheetLine(e.enrolmentId(), e.traineeId(), e.fullName(), e.latinName(),
                        a == null ? null : MAP.toView(a));
            }).toList();
        });
    }

    @Override
    public List<AttendanceCorrection> corrections(UUID sessionId, UUID traineeId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> em.createQuery("select c from AttendanceChange c join c.attendance a "
                + "where a.session.id = :s and a.enrolment.trainee.id = :t and a.session.tenantId = :tenant "
                + "order by c.changedAt, c.id", AttendanceChange.class)
                .setParameter("s", sessionId).setParameter("t", traineeId).setParameter("tenant", tenant)
                .getResultList().stream().map(MAP::toCorrection).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
