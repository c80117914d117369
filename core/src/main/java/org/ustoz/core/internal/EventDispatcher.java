package org.ustoz.core.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ustoz.core.error.RedactedFailure;
import org.ustoz.core.event.DomainEvent;
import org.ustoz.core.event.DomainEventListener;

/**
 * Delivers domain events to listeners after the transaction that raised them commits. The callback
 * is registered with Hibernate's session, so it works the same for Ustoz's own resource-local
 * transactions, for a host's Spring transaction and for JTA.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final List<DomainEventListener> listeners;

    public EventDispatcher(List<DomainEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public void publishAfterCommit(EntityManager em, DomainEvent event) {
        if (listeners.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        session.getTransactionCompletionCallbacks().registerCallback(
                (TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> {
                    if (success) {
                        deliver(event);
                    }
                });
    }

    private void deliver(DomainEvent event) {
        for (DomainEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // the event and the listener's message may carry names or e-mail addresses: types and stack only
                LOG.warn("event listener {} failed on a {} event", listener.getClass().getName(),
                        event.getClass().getName(), RedactedFailure.of(e));
            }
        }
    }
}
