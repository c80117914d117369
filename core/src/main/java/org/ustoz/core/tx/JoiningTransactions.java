package org.ustoz.core.tx;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;

/** Runs in the transaction the host already opened, through the host's entity manager. */
final class JoiningTransactions implements TransactionHandler {

    private final Supplier<EntityManager> currentEntityManager;

    JoiningTransactions(Supplier<EntityManager> currentEntityManager) {
        this.currentEntityManager = currentEntityManager;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = currentEntityManager.get();
        if (em == null || !em.isJoinedToTransaction()) {
            throw new UstozException(CoreError.NO_TRANSACTION);
        }
        return work.apply(em);
    }
}
