package org.ustoz.courses.cohort;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ustoz.core.paging.PageRequest;

/**
 * Which cohorts to list, ordered by start date then code.
 *
 * @param courseId only cohorts of this course, or {@code null}
 * @param status only cohorts in this status, or {@code null}
 * @param page the page to read
 */
public record CohortQuery(UUID courseId, CohortStatus status, @NotNull @Valid PageRequest page) {

    /** All cohorts, first page of 50. */
    public static CohortQuery all() {
        return new CohortQuery(null, null, PageRequest.first(50));
    }
}
