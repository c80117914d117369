package org.ustoz.core.tx;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ustoz.core.error.RedactedFailure;
import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;

/**
 * Resource-local transactions owned by Ustoz. The entity manager of the transaction in progress is
 * kept per thread in this instance (not in static state), so that nested calls join it.
 */
final class ResourceLocalTransactions implements TransactionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceLocalTransactions.class);
    static final int MAX_ATTEMPTS = 8;

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    ResourceLocalTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return run(work, false);
    }

    @Override
    public <T> T inReadOnlyTransaction(Function<EntityManager, T> work) {
        return run(work, true);
    }

    private <T> T run(Function<EntityManager, T> work, boolean readOnly) {
        EntityManager active = current.get();
        if (active != null) {
            return work.apply(active);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work, readOnly);
            } catch (RuntimeException e) {
                if (!TransactionHandler.isTransient(e)) {
                    throw e;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new UstozException(CoreError.CONCURRENT_MODIFICATION, RedactedFailure.of(e));
                }
                LOG.debug("transient failure, attempt {} of {}: {}", attempt, MAX_ATTEMPTS, RedactedFailure.describe(e));
                backOff(attempt);
            }
        }
    }

    private <T> T runOnce(Function<EntityManager, T> work, boolean readOnly) {
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            if (readOnly) {
                em.unwrap(Session.class).setDefaultReadOnly(true);
            }
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            try {
                if (tx.isActive()) {
                    tx.rollback();
                }
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    private static void backOff(int attempt) {
        long millis = ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UstozException(CoreError.CONCURRENT_MODIFICATION, e);
        }
    }
}
