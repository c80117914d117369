package org.ustoz.courses.completion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * What a {@link CompletionCriterion} gets to judge a cohort: the candidates, and the entity manager
 * of the evaluation's transaction for its own queries.
 */
public interface CriterionContext {

    /** The caller's tenant. */
    String tenantId();

    /** The cohort evaluated. */
    UUID cohortId();

    /** The instant of the evaluation, from the injected clock. */
    Instant now();

    /** The enrolments to judge. */
    List<Candidate> candidates();

    /** The entity manager of the running transaction; do not close it or commit. */
    EntityManager entityManager();

    /** An enrolment to judge. */
    record Candidate(UUID enrolmentId, UUID traineeId) {
    }
}
