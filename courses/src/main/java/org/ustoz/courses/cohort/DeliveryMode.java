package org.ustoz.courses.cohort;

/** How a cohort is taught. */
public enum DeliveryMode {
    /** At a venue; a venue is required. */
    IN_PERSON,
    /** Online; a meeting or course link is required. */
    ONLINE,
    /** Partly at a venue, partly online; both are required. */
    BLENDED
}
