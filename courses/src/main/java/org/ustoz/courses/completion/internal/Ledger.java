package org.ustoz.courses.completion.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.ustoz.courses.attendance.AttendanceStatus;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.completion.ExcusedAbsences;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.progress.ModuleProgress;
import org.ustoz.courses.progress.Risk;
import org.ustoz.courses.progress.TraineeProgress;
import org.ustoz.courses.timetable.SessionStatus;

/**
 * A cohort's timetable and attendance in memory, read with three statements whatever the cohort's
 * size, and the progress arithmetic over them. Percentages are exact fractions compared without
 * rounding; they are rounded half up to one decimal only for display.
 */
public final class Ledger {

    /** A scheduled session as the arithmetic needs it. */
    public record SessionRow(UUID id, UUID moduleId, Instant startsAt, Instant endsAt, int minutes) {
    }

    /** A recorded attendance as the arithmetic needs it. */
    public record MarkRow(UUID sessionId, AttendanceStatus status, int late, int leftEarly) {
    }

    /** A course module. */
    public record ModuleRow(UUID id, String code) {
    }

    /** An enrolment to report on. */
    public record EnrolmentRow(UUID enrolmentId, UUID traineeId, String fullName, String latinName,
            EnrolmentStatus status) {
    }

    private final List<SessionRow> sessions;
    private final List<ModuleRow> modules;
    private final Map<UUID, Map<UUID, MarkRow>> marksByEnrolment;
    private final Set<UUID> taken = new java.util.HashSet<>();

    private Ledger(List<SessionRow> sessions, List<ModuleRow> modules, Map<UUID, Map<UUID, MarkRow>> marks) {
        this.sessions = sessions;
        this.modules = modules;
        this.marksByEnrolment = marks;
        marks.values().forEach(m -> taken.addAll(m.keySet()));
    }

    /** Reads the cohort's scheduled sessions, its course's modules and all its attendance: three statements. */
    public static Ledger load(EntityManager em, Cohort cohort) {
        List<SessionRow> sessions = em.createQuery("select s.id, m.id, s.startsAt, s.endsAt from Session s "
                + "left join s.module m where s.cohort = :c and s.status = :scheduled order by s.startsAt, s.id",
                Object[].class)
                .setParameter("c", cohort).setParameter("scheduled", SessionStatus.SCHEDULED).getResultList()
                .stream().map(r -> new SessionRow((UUID) r[0], (UUID) r[1], (Instant) r[2], (Instant) r[3],
                        (int) Duration.between((Instant) r[2], (Instant) r[3]).toMinutes()))
                .toList();
        List<ModuleRow> modules = em.createQuery("select m.id, m.code from CourseModule m where m.course = :course "
                + "order by m.position", Object[].class)
                .setParameter("course", cohort.getCourse()).getResultList()
                .stream().map(r -> new ModuleRow((UUID) r[0], (String) r[1])).toList();
        Map<UUID, Map<UUID, MarkRow>> marks = new HashMap<>();
        em.createQuery("select a.enrolment.id, a.session.id, a.status, a.lateMinutes, a.leftEarlyMinutes "
                + "from AttendanceRecord a where a.session.cohort = :c", Object[].class)
                .setParameter("c", cohort).getResultList()
                .forEach(r -> marks.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((UUID) r[1],
                        new MarkRow((UUID) r[1], (AttendanceStatus) r[2], (Integer) r[3], (Integer) r[4])));
        return new Ledger(sessions, modules, marks);
    }

    /** The enrolments a dashboard or an evaluation reports on: enrolled, completed and failed, by name. */
    public static List<EnrolmentRow> participants(EntityManager em, Cohort cohort) {
        return em.createQuery("select e.id, t.id, t.fullName, t.latinName, e.status from Enrolment e "
                + "join e.trainee t where e.cohort = :c and e.status in :statuses order by t.fullName, e.id",
                Object[].class)
                .setParameter("c", cohort)
                .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.FAILED))
                .getResultList().stream()
                .map(r -> new EnrolmentRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                        (EnrolmentStatus) r[4]))
                .toList();
    }

    /** Puts a recorded attendance into the ledger, as the recording service writes it. */
    public void put(UUID enrolmentId, UUID sessionId, AttendanceStatus status, int late, int leftEarly) {
        marksByEnrolment.computeIfAbsent(enrolmentId, k -> new HashMap<>())
                .put(sessionId, new MarkRow(sessionId, status, late, leftEarly));
        taken.add(sessionId);
    }

    public List<SessionRow> sessions() {
        return sessions;
    }

    /** The instant the last scheduled session ends, or {@code null} without sessions. */
    public Instant lastEnd() {
        return sessions.stream().map(SessionRow::endsAt).max(Instant::compareTo).orElse(null);
    }

    /** How many sessions have started and had their attendance taken. */
    public int held(Instant now) {
        return (int) sessions.stream().filter(s -> !s.startsAt().isAfter(now) && taken.contains(s.id())).count();
    }

    /** Attended and counted sessions of one enrolment over a set of sessions. */
    public record Tally(int sessions, int held, int attended, int late, int leftEarly, int excused, int absent,
            int unrecorded, long minutesPresent, int numerator, int denominator, int finalDenominator,
            boolean allEnded) {

        /** Whether the rate reaches {@code minPercent}: exact, numerator × 100 ≥ min × denominator. */
        boolean reaches(BigDecimal minPercent) {
            return denominator == 0 || BigDecimal.valueOf(numerator * 100L)
                    .compareTo(minPercent.multiply(BigDecimal.valueOf(denominator))) >= 0;
        }

        /** Whether attending every session left can still reach {@code minPercent}. */
        boolean canReach(BigDecimal minPercent) {
            int best = numerator + (sessions - held);
            return finalDenominator == 0 || BigDecimal.valueOf(best * 100L)
                    .compareTo(minPercent.multiply(BigDecimal.valueOf(finalDenominator))) >= 0;
        }

        BigDecimal percent() {
            return denominator == 0 ? null : percent(numerator, denominator);
        }

        BigDecimal bestPercent() {
            return finalDenominator == 0 ? BigDecimal.valueOf(1000, 1)
                    : percent(numerator + (sessions - held), finalDenominator);
        }

        private static BigDecimal percent(int num, int den) {
            return BigDecimal.valueOf(num * 100L).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
        }
    }

    public Tally tally(UUID enrolmentId, UUID moduleId, Instant now, ExcusedAbsences excusedRule) {
        Map<UUID, MarkRow> marks = marksByEnrolment.getOrDefault(enrolmentId, Map.of());
        int total = 0;
        int held = 0;
        int attended = 0;
        int late = 0;
        int leftEarly = 0;
        int excused = 0;
        int absent = 0;
        int unrecorded = 0;
        long minutes = 0;
        boolean allEnded = true;
        for (SessionRow s : sessions) {
            if (moduleId != null && !moduleId.equals(s.moduleId())) {
                continue;
            }
            total++;
            allEnded &= !s.endsAt().isAfter(now);
            if (s.startsAt().isAfter(now) || !taken.contains(s.id())) {
                continue; // not yet held, or its attendance not yet taken: still to come
            }
            held++;
            MarkRow m = marks.get(s.id());
            if (m == null) {
                unrecorded++;
            } else if (m.status() == AttendanceStatus.PRESENT) {
                attended++;
                late += m.late() > 0 ? 1 : 0;
                leftEarly += m.leftEarly() > 0 ? 1 : 0;
                minutes += Math.max(0, s.minutes() - m.late() - m.leftEarly());
            } else if (m.status() == AttendanceStatus.EXCUSED) {
                excused++;
            } else {
                absent++;
            }
        }
        int numerator = attended + (excusedRule == ExcusedAbsences.AS_PRESENT ? excused : 0);
        int notCounted = excusedRule == ExcusedAbsences.NOT_COUNTED ? excused : 0;
        return new Tally(total, held, attended, late, leftEarly, excused, absent, unrecorded, minutes, numerator,
                held - notCounted, total - notCounted, allEnded);
    }

    /** A trainee's whole progress as of {@code now}. */
    public TraineeProgress progress(EnrolmentRow e, Instant now, Rules rules) {
        Tally all = tally(e.enrolmentId(), null, now, rules.excused());
        List<ModuleProgress> moduleProgress = new ArrayList<>();
        Set<UUID> withSessions = new LinkedHashSet<>();
        sessions.forEach(s -> {
            if (s.moduleId() != null) {
                withSessions.add(s.moduleId());
            }
        });
        int completed = 0;
        for (ModuleRow m : modules) {
            if (!withSessions.contains(m.id()) && !rules.requiredModules().contains(m.id())) {
                continue;
            }
            Tally t = tally(e.enrolmentId(), m.id(), now, rules.excused());
            boolean done = moduleCompleted(t, rules);
            completed += done ? 1 : 0;
            moduleProgress.add(new ModuleProgress(m.id(), m.code(), t.sessions(), t.held(), t.attended(),
                    t.percent(), done));
        }
        Risk risk = !all.canReach(rules.minPercent()) ? Risk.CANNOT_REACH
                : !all.reaches(rules.minPercent()) ? Risk.BELOW_THRESHOLD : Risk.ON_TRACK;
        return new TraineeProgress(e.enrolmentId(), e.traineeId(), e.fullName(), e.latinName(), e.status(),
                all.sessions(), all.held(), all.attended(), all.late(), all.leftEarly(), all.excused(), all.absent(),
                all.unrecorded(), all.minutesPresent(), all.percent(), all.bestPercent(), risk, moduleProgress,
                completed);
    }

    /** A module is completed once all its sessions have ended with the rate over them at least the minimum. */
    public static boolean moduleCompleted(Tally t, Rules rules) {
        return t.sessions() > 0 && t.allEnded() && t.reaches(rules.minPercent());
    }

    /** The part of a cohort's completion rules the arithmetic needs. */
    public record Rules(BigDecimal minPercent, ExcusedAbsences excused, Set<UUID> requiredModules) {
    }
}
