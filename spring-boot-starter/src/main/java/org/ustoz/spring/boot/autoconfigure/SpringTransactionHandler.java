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
 * (Boot's {@code JpaTransactionManager}). Retries of deadlocks and serialization failures belong to Ustoz's
 * resource-local mode; in a host's transaction the host decides.
 */
public class SpringTransactionHandler implements TransactionHandler {

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
        return write.execute(status -> joining.inTransaction(work));
    }

    @Override
    public <T> T inReadOnlyTransaction(Function<EntityManager, T> work) {
        if (joinsOnly()) {
            return joining.inReadOnlyTransaction(work);
        }
        return read.execute(status -> joining.inReadOnlyTransaction(work));
    }

    private boolean joinsOnly() {
        return propagation == UstozProperties.Propagation.MANDATORY
                || TransactionSynchronizationManager.isActualTransactionActive();
    }
}
