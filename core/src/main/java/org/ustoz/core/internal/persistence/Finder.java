package org.ustoz.core.internal.persistence;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.error.UstozException;

/**
 * The one tenant-checked finder every module uses: loads an entity by id in the caller's tenant, or
 * fails with the module's not-found code. A missing id ({@code null}), an unknown id and another
 * tenant's id all answer alike, so a caller learns nothing about other tenants.
 */
public final class Finder {

    private Finder() {
    }

    /** The entity of the tenant with this id, or {@link UstozException} with {@code notFound}. */
    public static <E extends TenantOwned> E find(Class<E> type, ErrorCode notFound, EntityManager em,
            String tenant, UUID id) {
        return find(type, notFound, em, tenant, id, LockModeType.NONE);
    }

    /**
     * The entity with a write lock on its row ({@code SELECT ... FOR UPDATE}), so that changes from
     * every application instance serialise on it.
     */
    public static <E extends TenantOwned> E findLocked(Class<E> type, ErrorCode notFound, EntityManager em,
            String tenant, UUID id) {
        return find(type, notFound, em, tenant, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static <E extends TenantOwned> E find(Class<E> type, ErrorCode notFound, EntityManager em,
            String tenant, UUID id, LockModeType lock) {
        E found = id == null ? null : em.find(type, id, lock);
        if (found == null || !found.getTenantId().equals(tenant)) {
            throw new UstozException(notFound, id);
        }
        return found;
    }
}
