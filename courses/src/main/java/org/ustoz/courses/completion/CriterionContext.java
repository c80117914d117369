package org.ustoz.courses.completion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.Ustoz;

/**
 * What a {@link CompletionCriterion} gets to judge a cohort: the candidates, and the Ustoz it runs in, and
 * the JDBC connection of the evaluation's transaction for a host's own queries.
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

    /**
     * The Ustoz the evaluation runs in. Service calls a criterion makes through it (or through the
     * module entry points built over it) join the evaluation's transaction and see its state.
     */
    Ustoz ustoz();

    /**
     * Runs work on the JDBC connection of the evaluation's transaction, for a host's criterion that
     * reads the host's own tables in the same transaction. Do not close the connection, commit or roll
     * back.
     */
    <T> T withConnection(ConnectionWork<T> work);

    /** Work on a JDBC connection. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T apply(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** An enrolment to judge. */
    record Candidate(UUID enrolmentId, UUID traineeId) {
    }
}
