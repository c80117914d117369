package org.ustoz.core.tx;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.LockTimeoutException;
import org.ustoz.core.error.UstozException;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;


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

    /**
     * Whether a failure is one a retry of the whole transaction may overcome: a deadlock, a lock
     * timeout, a serialization failure or an optimistic-lock conflict (by exception type, SQLState
     * 40001, 40P01 or 55P03, or MariaDB's error 1205 or 1213). A host's own handler uses it to decide
     * when to retry; an {@code UstozException} is never transient.
     */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UstozException) {
                return false;
            }
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException || t instanceof LockAcquisitionException
                    || t instanceof LockTimeoutException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)
                        || code == 1213 || code == 1205) {
                    return true;
                }
            }
        }
        return false;
    }
}
