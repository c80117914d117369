package org.ustoz.core.event;

import java.time.Instant;

/**
 * Something that happened in Ustoz that a host may react to (send a mail, update a search index,
 * award a badge). Events are immutable records; they are delivered to every
 * {@link DomainEventListener} after the transaction that raised them commits, and never when it rolls
 * back.
 */
public interface DomainEvent {

    /** When it happened, by the service's clock. */
    Instant occurredAt();

    /** The tenant it happened in. */
    String tenantId();
}
