package org.ustoz.courses;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.ustoz.core.event.DomainEvent;
import org.ustoz.core.event.DomainEventListener;
import org.ustoz.courses.trainee.TraineeEvent;

/**
 * A listener found through {@code META-INF/services}, as a host would ship one. It keeps only
 * registration events (a test-only record of what it was told).
 */
public final class ServiceLoadedListener implements DomainEventListener {

    static final Queue<TraineeEvent.Registered> REGISTERED = new ConcurrentLinkedQueue<>();

    @Override
    public void onEvent(DomainEvent event) {
        if (event instanceof TraineeEvent.Registered registered) {
            REGISTERED.add(registered);
        }
    }
}
