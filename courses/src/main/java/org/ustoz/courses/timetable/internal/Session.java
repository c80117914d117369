package org.ustoz.courses.timetable.internal;

import org.ustoz.courses.timetable.SessionStatus;
import org.ustoz.courses.timetable.Times;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.internal.FacilitatorColumns;

/**
 * One meeting of a cohort: a start and an end instant (shown in the cohort's time zone), a room or
 * an online link, its facilitators, and optionally the module it teaches.
 *
 * <p>The session books its facilitators and its room: {@link #bookingKeys()} are the keys under
 * which the timetable service looks for clashes while it holds the database locks of those keys.
 */
@Entity
@Table(name = "ustoz_session")
public class Session extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(name = "title", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "room", length = 200)
    private String room;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @ElementCollection
    @CollectionTable(name = "ustoz_session_facilitator", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<FacilitatorColumns> facilitators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ustoz_session_booking", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "resource_key", nullable = false, length = 300)
    private Set<String> bookings = new LinkedHashSet<>();

    /** For Jakarta Persistence only. */
    protected Session() {
    }

    /**
     * A scheduled session of the cohort.
     *
     * @throws UstozException {@code courses.session.cohort-closed}, {@code courses.session.times-invalid},
     *         {@code courses.session.outside-cohort} or {@code courses.session.module-other-course}
     */
    public Session(Cohort cohort, CourseModule module, LocalizedText title, Instant startsAt, Instant endsAt,
            String room, String onlineUrl, List<Facilitator> facilitators, Instant at) {
        super(at);
        requireOpenTimetable(cohort);
        if (module != null && !module.getCourse().getId().equals(cohort.getCourse().getId())) {
            throw new UstozException(CoursesError.SESSION_MODULE_OTHER_COURSE, module.getCode(), cohort.getCode());
        }
        this.tenantId = cohort.getTenantId();
        this.cohort = cohort;
        this.module = module;
        this.title = title;
        this.status = SessionStatus.SCHEDULED;
        place(startsAt, endsAt, room, onlineUrl, facilitators, at);
    }

    /**
     * Moves the session, or changes its room, link or facilitators.
     *
     * @throws UstozException as the constructor, or {@code courses.session.cancelled}
     */
    public void reschedule(Instant newStartsAt, Instant newEndsAt, String newRoom, String newOnlineUrl,
            List<Facilitator> newFacilitators, Instant at) {
        requireScheduled();
        requireOpenTimetable(cohort);
        place(newStartsAt, newEndsAt, newRoom, newOnlineUrl, newFacilitators, at);
    }

    /** Calls the session off; it frees its room and facilitators. */
    public void cancel(String reason, Instant at) {
        requireScheduled();
        requireOpenTimetable(cohort);
        status = SessionStatus.CANCELLED;
        cancellationReason = reason;
        bookings.clear();
        touch(at);
    }

    private void place(Instant from, Instant to, String newRoom, String newOnlineUrl, List<Facilitator> people,
            Instant at) {
        ZoneId zone = cohort.getTimeZone();
        if (!to.isAfter(from)) {
            throw new UstozException(CoursesError.SESSION_TIMES_INVALID, Times.local(from, zone),
                    Times.local(to, zone));
        }
        if (from.atZone(zone).toLocalDate().isBefore(cohort.getStartDate())
                || to.atZone(zone).toLocalDate().isAfter(cohort.getEndDate())) {
            throw new UstozException(CoursesError.SESSION_OUTSIDE_COHORT, Times.local(from, zone),
                    Times.local(to, zone), cohort.getCode(), cohort.getStartDate(), cohort.getEndDate(), zone);
        }
        this.startsAt = from;
        this.endsAt = to;
        this.room = newRoom;
        this.onlineUrl = newOnlineUrl;
        List<Facilitator> copy = List.copyOf(people);
        this.facilitators.clear();
        copy.forEach(f -> this.facilitators.add(FacilitatorColumns.of(f)));
        Set<String> keys = keysOf(newRoom, copy);
        if (!bookings.equals(keys)) {
            bookings.clear();
            bookings.addAll(keys);
        }
        touch(at);
    }

    private static void requireOpenTimetable(Cohort cohort) {
        if (cohort.getStatus() == CohortStatus.CANCELLED || cohort.getStatus() == CohortStatus.COMPLETED) {
            throw new UstozException(CoursesError.SESSION_COHORT_CLOSED, cohort.getCode(), cohort.getStatus());
        }
    }

    /** @throws UstozException {@code courses.session.cancelled} unless the session is scheduled */
    public void requireScheduled() {
        if (status != SessionStatus.SCHEDULED) {
            throw new UstozException(CoursesError.SESSION_CANCELLED, displayTitle());
        }
    }

    /**
     * The keys a session with this room and these facilitators books: {@code room:} and the room's
     * name, {@code facilitator:} and the facilitator's e-mail address, or name when there is none;
     * trimmed, with runs of spaces made one, in lower case.
     */
    public static Set<String> keysOf(String room, List<Facilitator> people) {
        Set<String> keys = new LinkedHashSet<>();
        if (room != null && !room.isBlank()) {
            keys.add(key("room:", room));
        }
        for (Facilitator f : people) {
            keys.add(facilitatorKey(f));
        }
        return keys;
    }

    /** The booking key of a facilitator. */
    public static String facilitatorKey(Facilitator f) {
        return key("facilitator:", f.email() != null && !f.email().isBlank() ? f.email() : f.name());
    }

    private static String key(String prefix, String value) {
        String k = prefix + value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.length() > 300 ? k.substring(0, 300) : k;
    }

    /** The title people see: the session's own, else its module's, else the cohort's. */
    public LocalizedText displayTitle() {
        if (title != null) {
            return title;
        }
        return module != null ? module.getTitle() : cohort.displayTitle();
    }

    /** Minutes from start to end. */
    public int durationMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public CourseModule getModule() {
        return module;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public List<Facilitator> getFacilitators() {
        return facilitators.stream().map(FacilitatorColumns::toValue).toList();
    }

    /** The booking keys of this session; empty once cancelled. */
    public Set<String> bookingKeys() {
        return Collections.unmodifiableSet(bookings);
    }
}
