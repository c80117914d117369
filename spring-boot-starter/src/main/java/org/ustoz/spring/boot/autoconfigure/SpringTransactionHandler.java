package org.ustoz.spring.boot.autoconfigure;

import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ustoz.core.tx.TransactionHandler;

/**
 * Ustoz's service calls in Spring's transactions.
 *
 * <p>Inside an active Spring transaction ({@code @Transactional}, a {@code TransactionTemplate}) a call joins it
 * through Spring's transaction-bound shared {@link EntityManager} ({@link TransactionHandler#joining}): the host's
 * writes and Ustoz's commit or roll back together, and Ustoz's domain events are delivered after that commit. A
 * Ustoz error thrown inside does not by itself mark the host's transaction rollback-only: the host decides, as
 * with any exception it catches.
 *
 * <p>Without an active transaction, with {@link UstozProperties.Propagation#REQUIRED} (the default) the call runs
 * in a transaction of its own, begun and committed through the host's {@link PlatformTransactionManager}
 * (read-only for reads); with {@link UstozProperties.Propagation#MANDATORY} it fails with
 * {@code core.no-transaction}. The transaction manager must be the one of the {@link EntityManagerFactory}
 * (Boot's {@code JpaTransactionManager}). A transaction of the handler's own is retried, like Ustoz's
 * resource-local ones, when the database reports a deadlock, a lock timeout or a serialization failure; in a
 * host's transaction the host decides.
 */
public class SpringTransactionHandler implements TransactionHandler {

    /** Attempts of a transaction of the handler's own, as Ustoz's resource-local transactions make. */
    static final int MAX_ATTEMPTS = 8;

    private final TransactionHandler joining;
    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final UstozProperties.Propagation propagation;

    /** A handler over the host's factory and its transaction manager. */
    public SpringTransactionHandler(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, UstozProperties.Propagation propagation) {
        EntityManager transactionBound = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.joining = TransactionHandler.joining(() -> transactionBound);
        this.write = new TransactionTemplate(transactionManager);
        this.read = new TransactionTemplate(transactionManager);
        this.read.setReadOnly(true);
        this.propagation = Objects.requireNonNull(propagation, "propagation");
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        if (joinsOnly()) {
            return joining.inTransaction(work);
        }
        return retrying(() -> write.execute(status -> joining.inTransaction(work)));
    }

    @Override
    public <T> T inReadOnlyTransaction(Function<EntityManager, T> work) {
        if (joinsOnly()) {
            return joining.inReadOnlyTransaction(work);
        }
        return retrying(() -> read.execute(status -> joining.inReadOnlyTransaction(work)));
    }

    /**
     * Runs a transaction of the handler's own again when the database asks for it (a deadlock, a lock
     * timeout, a serialization failure: {@link TransactionHandler#isTransient}). The failed attempt was
     * rolled back whole and its events were never delivered, so a retry cannot double an effect. A
     * host's own transaction is never retried here: the host decides.
     */
    private <T> T retrying(java.util.function.Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !TransactionHandler.isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private boolean joinsOnly() {
        return propagation == UstozProperties.Propagation.MANDATORY
                || TransactionSynchronizationManager.isActualTransactionActive();
    }
}
