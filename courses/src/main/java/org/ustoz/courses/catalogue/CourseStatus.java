package org.ustoz.courses.catalogue;

/** Lifecycle of a course: draft → published → archived. Only published courses get cohorts. */
public enum CourseStatus {
    /** Being written: modules and prerequisites can change. */
    DRAFT,
    /** Offered: cohorts can be scheduled; its structure is fixed. */
    PUBLISHED,
    /** No longer offered: no new cohorts; existing ones run to their end. */
    ARCHIVED
}
