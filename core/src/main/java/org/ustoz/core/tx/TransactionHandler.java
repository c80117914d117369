package org.ustoz.core.tx;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.ustoz.core.internal.JoiningTransactions;
import org.ustoz.core.internal.ResourceLocalTransactions;

/**
 * How Ustoz services get an {@link EntityManager} inside a transaction.
 *
 * <ul>
 *   <li>{@link #resourceLocal(EntityManagerFactory)}: Ustoz begins and commits its own
 *   resource-local transactions (Java SE); a call made inside another {@code inTransaction} on the
 *   same thread joins the outer transaction, so a host can group several service calls into one
 *   transaction. The outermost call retries a few times when the database reports a deadlock, a lock
 *   timeout or a serialization failure.</li>
 *   <li>{@link #joining(Supplier)}: the host manages transactions (Spring's
 *   {@code @Transactional}, JTA in Jakarta EE); the supplier returns the host's transaction-bound
 *   {@code EntityManager} and Ustoz runs in the host's transaction. Calling a service with no active
 *   transaction is an error ({@code core.no-transaction}).</li>
 *   <li>A host can also implement this interface itself, for example over Spring's
 *   {@code TransactionTemplate}, so that each service call starts a transaction when none is
 *   active.</li>
 * </ul>
 */
public interface TransactionHandler {

    /** Runs work in a read-write transaction, joining one already active. */
    <T> T inTransaction(Function<EntityManager, T> work);

    /**
     * Runs read-only work: entities loaded are not dirty-checked. Joins an active transaction when
     * there is one. The default runs it as {@link #inTransaction(Function)}.
     */
    default <T> T inReadOnlyTransaction(Function<EntityManager, T> work) {
        return inTransaction(work);
    }

    /** Ustoz manages resource-local transactions over this factory. */
    static TransactionHandler resourceLocal(EntityManagerFactory entityManagerFactory) {
        return new ResourceLocalTransactions(entityManagerFactory);
    }

    /** Ustoz joins the host's transaction through the host's transaction-bound entity manager. */
    static TransactionHandler joining(Supplier<EntityManager> currentEntityManager) {
        return new JoiningTransactions(currentEntityManager);
    }
}
