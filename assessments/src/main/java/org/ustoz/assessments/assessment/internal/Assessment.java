package org.ustoz.assessments.assessment.internal;

import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.GradingMethod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.ustoz.assessments.AssessmentsError;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.catalogue.internal.CourseModule;
import org.ustoz.courses.cohort.internal.Cohort;

/**
 * An assessment of a cohort (optionally of one of its course's modules): its items, availability
 * window, time limit, attempts allowed, grading method over attempts, pass mark and shuffling.
 */
@Entity
@Table(name = "ustoz_assessment")
public class Assessment extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(name = "code", nullable = false, updatable = false, length = 60)
    private String code;

    @Column(name = "title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AssessmentKind kind;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "time_limit_seconds")
    private Integer timeLimitSeconds;

    @Column(name = "grace_seconds", nullable = false)
    private int graceSeconds;

    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 10)
    private GradingMethod gradingMethod;

    @Column(name = "pass_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal passPercent;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_choices", nullable = false)
    private boolean shuffleChoices;

    @ElementCollection
    @CollectionTable(name = "ustoz_assessment_item", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<AssessmentItem> items = new ArrayList<>();

    protected Assessment() {
    }

    /** A new assessment of {@code cohort}; the window and the module are checked. */
    public Assessment(Cohort cohort, CourseModule module, String code, LocalizedText title, AssessmentKind kind,
            Instant opensAt, Instant closesAt, Duration timeLimit, Duration grace, Integer attemptsAllowed,
            GradingMethod gradingMethod, BigDecimal passPercent, boolean shuffleQuestions, boolean shuffleChoices,
            List<AssessmentItem> items, Instant at) {
        super(at);
        this.tenantId = cohort.getTenantId();
        this.cohort = cohort;
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.gradingMethod = Objects.requireNonNull(gradingMethod);
        this.passPercent = Objects.requireNonNull(passPercent);
        this.shuffleQuestions = shuffleQuestions;
        this.shuffleChoices = shuffleChoices;
        this.attemptsAllowed = attemptsAllowed;
        this.timeLimitSeconds = timeLimit == null ? null : Math.toIntExact(timeLimit.toSeconds());
        this.graceSeconds = grace == null ? 0 : Math.toIntExact(grace.toSeconds());
        assignModule(module);
        reschedule(opensAt, closesAt, at);
        this.items.addAll(items);
    }

    private void assignModule(CourseModule module) {
        if (module != null && !module.getCourse().equals(cohort.getCourse())) {
            throw new UstozException(AssessmentsError.ASSESSMENT_MODULE_OTHER_COURSE, module.getCode(), code);
        }
        this.module = module;
    }

    /** Moves the availability window. */
    public void reschedule(Instant opensAt, Instant closesAt, Instant at) {
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new UstozException(AssessmentsError.ASSESSMENT_WINDOW_INVALID, opensAt, closesAt);
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        touch(at);
    }

    /** Replaces the items; refused by the service once attempts exist. */
    public void replaceItems(List<AssessmentItem> newItems, Instant at) {
        items.clear();
        items.addAll(newItems);
        touch(at);
    }

    /** The sum of the items' points. */
    public BigDecimal maxPoints() {
        return items.stream().map(AssessmentItem::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The time limit, or {@code null} when there is none. */
    public Duration timeLimit() {
        return timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds);
    }

    /** How long after the time limit a submit is still accepted (network delays, a slow click). */
    public Duration grace() {
        return Duration.ofSeconds(graceSeconds);
    }

    /** Whether {@code at} lies in the availability window (opening inclusive, closing exclusive). */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
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

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Integer getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public BigDecimal getPassPercent() {
        return passPercent;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleChoices() {
        return shuffleChoices;
    }

    public List<AssessmentItem> getItems() {
        return List.copyOf(items);
    }
}
