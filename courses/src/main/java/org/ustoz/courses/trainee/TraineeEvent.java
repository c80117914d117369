package org.ustoz.courses.trainee;

import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of trainees. */
public sealed interface TraineeEvent extends DomainEvent {

    /** The trainee. */
    UUID traineeId();

    /** A trainee was registered. */
    record Registered(String tenantId, UUID traineeId, String externalId, Instant occurredAt) implements TraineeEvent {
    }

    /** A trainee's profile changed. */
    record ProfileChanged(String tenantId, UUID traineeId, Instant occurredAt) implements TraineeEvent {
    }
}
