package org.ustoz.assessments.attempt;

import java.util.List;
import java.util.UUID;

/** Attempts: start, save, submit, review; and closing overdue attempts. */
public interface AttemptService {

    /**
     * Starts an attempt. Refused for a trainee not enrolled in the assessment's cohort
     * ({@code assessments.attempt.not-enrolled}), outside the window ({@code not-open-yet},
     * {@code window-closed}), without attempts left ({@code none-left}), or while another attempt is in
     * progress ({@code in-progress}; also enforced by a unique constraint across instances).
     */
    AttemptView start(StartAttempt command);

    /**
     * Saves responses, all or nothing. Refused after submit or past the time limit plus grace, for a
     * question not in the attempt ({@code assessments.attempt.question-not-in-attempt}) or a response of
     * the wrong shape ({@code assessments.attempt.response-invalid}, naming the line).
     */
    AttemptView save(SaveResponses command);

    /**
     * Submits an attempt and grades its objective answers; essays go to the grading queue. Submitting
     * a submitted attempt returns it unchanged (idempotent); a submit past the time limit plus grace
     * closes it as overdue with what was saved.
     */
    AttemptView submit(UUID attemptId);

    /** Saves the responses, then submits (one transaction). */
    AttemptView submit(SaveResponses command);

    /** An attempt as the trainee saw it, with responses and, once graded, points and feedback. */
    AttemptView get(UUID attemptId);

    /** A trainee's attempts at an assessment, by number. */
    List<AttemptSummary> attempts(UUID assessmentId, UUID traineeId);

    /**
     * Closes and grades every attempt of the caller's tenant past its due time plus grace, with what
     * was saved. Safe to run on several instances at once; each attempt closes in a transaction of its
     * own. A host's scheduled job that serves every tenant calls {@link #closeOverdueInAllTenants()}.
     *
     * @return the number of attempts closed
     */
    int closeOverdue();

    /**
     * <b>A deliberate cross-tenant write</b>, for a host's system job (scheduled every minute, say)
     * and not for a call made on behalf of one tenant's user: closes and grades every attempt of
     * <em>every</em> tenant past its due time plus grace, with what was saved, whatever the caller's
     * tenant. It reads the overdue attempts in bounded chunks, oldest due first, and closes each in a
     * transaction of its own, so a crash loses at most one attempt's work and the next run resumes.
     * Safe to run on several instances at once.
     *
     * @return the number of attempts closed
     */
    int closeOverdueInAllTenants();
}
