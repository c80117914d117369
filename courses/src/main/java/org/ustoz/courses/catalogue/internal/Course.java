package org.ustoz.courses.catalogue.internal;

import org.ustoz.courses.catalogue.CourseStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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

/**
 * A course of the catalogue, such as "Digitalization of Education": a code unique in its tenant, a
 * localized title and description, learning outcomes, total hours, and ordered modules.
 *
 * <p>Lifecycle {@link CourseStatus#DRAFT} → {@link CourseStatus#PUBLISHED} →
 * {@link CourseStatus#ARCHIVED}. Modules and prerequisites change only while the course is a draft;
 * only a published course can get cohorts.
 */
@Entity
@Table(name = "ustoz_course")
public class Course extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    private String tenantId;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Column(name = "description", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText description;

    @ElementCollection
    @CollectionTable(name = "ustoz_course_outcome", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    @Column(name = "outcome", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private List<LocalizedText> learningOutcomes = new ArrayList<>();

    @Column(name = "total_hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal totalHours;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    /** For Jakarta Persistence only. */
    protected Course() {
    }

    /** A new draft course. */
    public Course(String tenantId, String code, LocalizedText title, LocalizedText description,
            List<LocalizedText> learningOutcomes, BigDecimal totalHours, Instant at) {
        super(at);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.learningOutcomes.addAll(learningOutcomes);
        this.totalHours = Objects.requireNonNull(totalHours);
        this.status = CourseStatus.DRAFT;
    }

    /**
     * Adds a module at the end of the course.
     *
     * @throws UstozException {@code courses.course.not-draft} unless a draft,
     *         {@code courses.module.code-taken} if the course has a module with that code,
     *         {@code courses.module.hours-exceed-course} if the modules would exceed the course's hours
     */
    public CourseModule addModule(String moduleCode, LocalizedText moduleTitle, LocalizedText moduleDescription,
            BigDecimal hours, boolean required, Instant at) {
        requireDraft();
        if (modules.stream().anyMatch(m -> m.getCode().equalsIgnoreCase(moduleCode))) {
            throw new UstozException(CoursesError.MODULE_CODE_TAKEN, moduleCode, code);
        }
        BigDecimal planned = modules.stream().map(CourseModule::getHours).reduce(hours, BigDecimal::add);
        if (planned.compareTo(totalHours) > 0) {
            throw new UstozException(CoursesError.MODULE_HOURS_EXCEED_COURSE, moduleCode, planned, totalHours);
        }
        CourseModule module = new CourseModule(this, modules.size() + 1, moduleCode, moduleTitle, moduleDescription,
                hours, required, at);
        modules.add(module);
        touch(at);
        return module;
    }

    /**
     * Makes {@code prerequisite} a prerequisite of {@code module}: both must be modules of this draft
     * course, and the prerequisites must stay free of cycles.
     *
     * @throws UstozException {@code courses.module.prerequisite-cycle} when {@code module} is already
     *         (directly or not) a prerequisite of {@code prerequisite}, or they are the same module
     */
    public void addPrerequisite(CourseModule module, CourseModule prerequisite, Instant at) {
        requireDraft();
        if (!modules.contains(module) || !modules.contains(prerequisite)) {
            throw new UstozException(CoursesError.MODULE_PREREQUISITE_OTHER_COURSE, code);
        }
        if (module.equals(prerequisite) || dependsOn(prerequisite, module)) {
            throw new UstozException(CoursesError.MODULE_PREREQUISITE_CYCLE, module.getCode(), prerequisite.getCode());
        }
        module.requires(prerequisite, at);
        touch(at);
    }

    /** Whether {@code from} needs {@code target}, directly or through other prerequisites. */
    private static boolean dependsOn(CourseModule from, CourseModule target) {
        Deque<CourseModule> todo = new ArrayDeque<>(from.getPrerequisites());
        Set<CourseModule> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            CourseModule next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(next.getPrerequisites());
            }
        }
        return false;
    }

    /**
     * Publishes the draft course so that cohorts can be scheduled.
     *
     * @throws UstozException {@code courses.course.already-published}, {@code courses.course.already-archived},
     *         or {@code courses.course.no-modules}
     */
    public void publish(Instant at) {
        switch (status) {
            case PUBLISHED -> throw new UstozException(CoursesError.COURSE_ALREADY_PUBLISHED, code);
            case ARCHIVED -> throw new UstozException(CoursesError.COURSE_ALREADY_ARCHIVED, code);
            case DRAFT -> {
                if (modules.isEmpty()) {
                    throw new UstozException(CoursesError.COURSE_HAS_NO_MODULES, code);
                }
                status = CourseStatus.PUBLISHED;
                publishedAt = at;
                touch(at);
            }
        }
    }

    /**
     * Archives the course: no new cohorts.
     *
     * @throws UstozException {@code courses.course.already-archived}
     */
    public void archive(Instant at) {
        if (status == CourseStatus.ARCHIVED) {
            throw new UstozException(CoursesError.COURSE_ALREADY_ARCHIVED, code);
        }
        status = CourseStatus.ARCHIVED;
        archivedAt = at;
        touch(at);
    }

    /** @throws UstozException {@code courses.course.not-published} unless published */
    public void requirePublished() {
        if (status != CourseStatus.PUBLISHED) {
            throw new UstozException(CoursesError.COURSE_NOT_PUBLISHED, code, status);
        }
    }

    private void requireDraft() {
        if (status != CourseStatus.DRAFT) {
            throw new UstozException(CoursesError.COURSE_NOT_DRAFT, code, status);
        }
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public List<LocalizedText> getLearningOutcomes() {
        return Collections.unmodifiableList(learningOutcomes);
    }

    public BigDecimal getTotalHours() {
        return totalHours;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }
}
