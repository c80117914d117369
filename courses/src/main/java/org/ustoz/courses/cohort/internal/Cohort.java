package org.ustoz.courses.cohort.internal;

import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.cohort.DeliveryMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.ustoz.courses.catalogue.internal.Course;

/**
 * A dated offering of a published course: "Digitalization of Education, Sejong, 4–15 August 2025".
 *
 * <p>Holds the seat counters that enrolment changes while it holds a lock on this row, so that the
 * capacity is enforced by the database across application instances; a check constraint keeps
 * {@code enrolled_count <= capacity} even against a bug. Lifecycle: {@link CohortStatus}; each
 * transition method refuses an illegal move with {@code courses.cohort.illegal-transition}.
 */
@Entity
@Table(name = "ustoz_cohort")
public class Cohort extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "title", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "time_zone", nullable = false, length = 64)
    private ZoneId timeZone;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "delivery_mode", nullable = false, length = 16)
    private DeliveryMode deliveryMode;

    @Embedded
    private VenueColumns venue;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Column(name = "language", nullable = false, length = 35)
    private Locale language;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "waitlist_capacity")
    private Integer waitlistCapacity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 24)
    private CohortStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @Column(name = "enrolled_count", nullable = false)
    private int enrolledCount;

    @Column(name = "waitlisted_count", nullable = false)
    private int waitlistedCount;

    @Column(name = "next_waitlist_position", nullable = false)
    private long nextWaitlistPosition = 1;

    @ElementCollection
    @CollectionTable(name = "ustoz_cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderColumn(name = "position")
    private List<FacilitatorColumns> facilitators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ustoz_cohort_partner", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderColumn(name = "position")
    private List<PartnerColumns> partners = new ArrayList<>();

    /** For Jakarta Persistence only. */
    protected Cohort() {
    }

    /**
     * A new draft cohort of a published course.
     *
     * @throws UstozException {@code courses.course.not-published}, {@code courses.cohort.dates-invalid},
     *         {@code courses.cohort.venue-required} or {@code courses.cohort.online-url-required}
     */
    public Cohort(Course course, String code, LocalizedText title, LocalDate startDate, LocalDate endDate,
            ZoneId timeZone, DeliveryMode deliveryMode, Venue venue, String onlineUrl, Locale language,
            int capacity, Integer waitlistCapacity, List<Facilitator> facilitators, List<Partner> partners,
            Instant at) {
        super(at);
        course.requirePublished();
        if (endDate.isBefore(startDate)) {
            throw new UstozException(CoursesError.COHORT_DATES_INVALID, startDate, endDate);
        }
        if (deliveryMode != DeliveryMode.ONLINE && venue == null) {
            throw new UstozException(CoursesError.COHORT_VENUE_REQUIRED, deliveryMode);
        }
        if (deliveryMode != DeliveryMode.IN_PERSON && (onlineUrl == null || onlineUrl.isBlank())) {
            throw new UstozException(CoursesError.COHORT_ONLINE_URL_REQUIRED, deliveryMode);
        }
        this.tenantId = course.getTenantId();
        this.course = course;
        this.code = Objects.requireNonNull(code);
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.timeZone = Objects.requireNonNull(timeZone);
        this.deliveryMode = deliveryMode;
        this.venue = VenueColumns.of(venue);
        this.onlineUrl = onlineUrl;
        this.language = Objects.requireNonNull(language);
        this.capacity = capacity;
        this.waitlistCapacity = waitlistCapacity;
        facilitators.forEach(f -> this.facilitators.add(FacilitatorColumns.of(f)));
        partners.forEach(p -> this.partners.add(PartnerColumns.of(p)));
        this.status = CohortStatus.DRAFT;
        this.statusChangedAt = at;
    }

    // ---- lifecycle ----

    /** Draft → open for enrolment. The course must still be published. */
    public void openEnrolment(Instant at) {
        require(CohortStatus.OPEN_FOR_ENROLMENT, CohortStatus.DRAFT);
        course.requirePublished();
        moveTo(CohortStatus.OPEN_FOR_ENROLMENT, at);
    }

    /** Open for enrolment → in progress: teaching has started; enrolment closes. */
    public void start(Instant at) {
        require(CohortStatus.IN_PROGRESS, CohortStatus.OPEN_FOR_ENROLMENT);
        moveTo(CohortStatus.IN_PROGRESS, at);
    }

    /** In progress → completed. */
    public void complete(Instant at) {
        require(CohortStatus.COMPLETED, CohortStatus.IN_PROGRESS);
        moveTo(CohortStatus.COMPLETED, at);
    }

    /** Draft, open or in progress → cancelled, with the reason. */
    public void cancel(String reason, Instant at) {
        require(CohortStatus.CANCELLED, CohortStatus.DRAFT, CohortStatus.OPEN_FOR_ENROLMENT, CohortStatus.IN_PROGRESS);
        this.cancellationReason = reason;
        moveTo(CohortStatus.CANCELLED, at);
    }

    private void require(CohortStatus target, CohortStatus... allowedFrom) {
        for (CohortStatus s : allowedFrom) {
            if (status == s) {
                return;
            }
        }
        throw new UstozException(CoursesError.COHORT_ILLEGAL_TRANSITION, code, status, target);
    }

    private void moveTo(CohortStatus target, Instant at) {
        status = target;
        statusChangedAt = at;
        touch(at);
    }

    // ---- seats (call only while holding the row lock) ----

    /**
     * Takes a seat or a waitlist place for a new enrolment: a seat when one is free and nobody is
     * waiting, otherwise a place at the end of the waitlist.
     *
     * @return the waitlist position, or {@code 0} when a seat was taken
     * @throws UstozException {@code courses.cohort.not-open}, or {@code courses.cohort.full} when
     *         neither a seat nor a waitlist place is left
     */
    public long admit(Instant at) {
        requireOpen();
        if (enrolledCount < capacity && waitlistedCount == 0) {
            enrolledCount++;
            touch(at);
            return 0;
        }
        if (waitlistCapacity != null && waitlistedCount >= waitlistCapacity) {
            throw new UstozException(CoursesError.COHORT_FULL, code, capacity, waitlistCapacity);
        }
        waitlistedCount++;
        touch(at);
        return nextWaitlistPosition++;
    }

    /** @throws UstozException {@code courses.cohort.not-open} unless open for enrolment */
    public void requireOpen() {
        if (status != CohortStatus.OPEN_FOR_ENROLMENT) {
            throw new UstozException(CoursesError.COHORT_NOT_OPEN, code, status);
        }
    }

    /** Whether a seat is free for the first trainee of the waitlist. */
    public boolean hasFreeSeat() {
        return enrolledCount < capacity;
    }

    /** An enrolled trainee left: the seat is free. */
    public void seatReleased(Instant at) {
        enrolledCount--;
        touch(at);
    }

    /** A waitlisted trainee left the waitlist. */
    public void waitlistPlaceReleased(Instant at) {
        waitlistedCount--;
        touch(at);
    }

    /** The first trainee of the waitlist takes a free seat. */
    public void promotedFromWaitlist(Instant at) {
        waitlistedCount--;
        enrolledCount++;
        touch(at);
    }

    /**
     * Changes the number of seats; it cannot drop below the trainees already enrolled.
     *
     * @throws UstozException {@code courses.cohort.capacity-below-enrolled}
     */
    public void changeCapacity(int newCapacity, Integer newWaitlistCapacity, Instant at) {
        if (newCapacity < enrolledCount) {
            throw new UstozException(CoursesError.COHORT_CAPACITY_BELOW_ENROLLED, code, newCapacity, enrolledCount);
        }
        capacity = newCapacity;
        waitlistCapacity = newWaitlistCapacity;
        touch(at);
    }

    /** The title shown to people: the cohort's own, or the course's. */
    public LocalizedText displayTitle() {
        return title != null ? title : course.getTitle();
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public Course getCourse() {
        return course;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public Venue getVenue() {
        return venue == null ? null : venue.toValue();
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Locale getLanguage() {
        return language;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getWaitlistCapacity() {
        return waitlistCapacity;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public int getEnrolledCount() {
        return enrolledCount;
    }

    public int getWaitlistedCount() {
        return waitlistedCount;
    }

    public List<Facilitator> getFacilitators() {
        return facilitators.stream().map(FacilitatorColumns::toValue).toList();
    }

    public List<Partner> getPartners() {
        return partners.stream().map(PartnerColumns::toValue).toList();
    }
}
