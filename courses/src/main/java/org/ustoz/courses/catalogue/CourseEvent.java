package org.ustoz.courses.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/**
 * Events of the catalogue.
 */
public sealed interface CourseEvent extends DomainEvent {

    /** The course. */
    UUID courseId();

    /** A course was published and can get cohorts. */
    record Published(String tenantId, UUID courseId, String code, Instant occurredAt) implements CourseEvent {
    }

    /** A course was archived. */
    record Archived(String tenantId, UUID courseId, String code, Instant occurredAt) implements CourseEvent {
    }
}
