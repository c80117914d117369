package org.ustoz.core.event;

/**
 * Receives domain events after their transaction commits.
 *
 * <p>Register a listener with {@link org.ustoz.core.Ustoz.Builder#listener(DomainEventListener)}, or
 * list its class in {@code META-INF/services/org.ustoz.core.event.DomainEventListener} to have it
 * found through {@link java.util.ServiceLoader}. A listener is called on the thread that committed,
 * after the commit: the data it reads is the committed data. An exception thrown by a listener is
 * logged and does not reach the caller, whose transaction has already committed; listeners that must
 * not lose events should write them to their own outbox.
 */
@FunctionalInterface
public interface DomainEventListener {

    /** Called once for each event raised by a committed transaction, in the order raised. */
    void onEvent(DomainEvent event);
}
