package org.ustoz.courses.catalogue.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;

/**
 * A module of a course ("Digital tools for lesson planning"): its position in the course, code,
 * localized title and description, hours, whether it is required, and the modules of the same course
 * that must come before it. Changed only through its {@link Course}.
 */
@Entity
@Table(name = "ustoz_course_module")
public class CourseModule extends BaseEntity implements TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText title;

    @Column(name = "description", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText description;

    @Column(name = "hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Column(name = "required", nullable = false)
    private boolean required;

    @ManyToMany
    @JoinTable(name = "ustoz_module_prerequisite",
            joinColumns = @JoinColumn(name = "module_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<CourseModule> prerequisites = new LinkedHashSet<>();

    /** For Jakarta Persistence only. */
    protected CourseModule() {
    }

    CourseModule(Course course, int position, String code, LocalizedText title, LocalizedText description,
            BigDecimal hours, boolean required, Instant at) {
        super(at);
        this.course = course;
        this.position = position;
        this.code = code;
        this.title = title;
        this.description = description;
        this.hours = hours;
        this.required = required;
    }

    void requires(CourseModule prerequisite, Instant at) {
        if (prerequisites.add(prerequisite)) {
            touch(at);
        }
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
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

    public BigDecimal getHours() {
        return hours;
    }

    public boolean isRequired() {
        return required;
    }

    public Set<CourseModule> getPrerequisites() {
        return Collections.unmodifiableSet(prerequisites);
    }

    /** The tenant of the course this belongs to. */
    @Override
    public String getTenantId() {
        return course.getTenantId();
    }
}
