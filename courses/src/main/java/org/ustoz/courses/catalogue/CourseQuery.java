package org.ustoz.courses.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ustoz.core.paging.PageRequest;

/**
 * Which courses to list: optionally only those in one status; ordered by code.
 *
 * @param status only courses in this status, or {@code null} for all
 * @param page the page to read
 */
public record CourseQuery(CourseStatus status, @NotNull @Valid PageRequest page) {

    /** All courses, first page of 50. */
    public static CourseQuery all() {
        return new CourseQuery(null, PageRequest.first(50));
    }
}
