package org.ustoz.assessments.assessment.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;

/**
 * Told, in the same transaction, that an assessment's items were replaced and so its maximum points
 * may have changed. The gradebook implements it to rescale the grade items of the assessment; the
 * assessment feature only calls it, so the two stay free of a package cycle.
 */
@FunctionalInterface
public interface MaxPointsListener {

    /** The assessment's {@link Assessment#maxPoints()} is now what it says. */
    void maxPointsChanged(EntityManager em, Assessment assessment, Instant at);
}
