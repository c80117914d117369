package org.ustoz.core.internal.persistence;

/**
 * An entity that belongs to one tenant, directly or through its parent (an enrolment through its
 * cohort). {@link Finder} uses it to answer "not found" for another tenant's rows.
 */
public interface TenantOwned {

    /** The tenant the row belongs to. */
    String getTenantId();
}
