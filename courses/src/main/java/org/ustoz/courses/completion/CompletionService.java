package org.ustoz.courses.completion;

import java.util.List;
import java.util.UUID;

/**
 * Completion rules of cohorts and their evaluation.
 *
 * <p>{@link #evaluate} moves every enrolled, completed or failed enrolment of the cohort to completed
 * or failed, with the list of unmet criteria, in one transaction; it is idempotent, and re-running it
 * after attendance corrections changes only the enrolments whose outcome changed. Its statement count
 * does not grow with the size of the cohort.
 */
public interface CompletionService {

    /** Sets a cohort's rules, replacing earlier ones. */
    CompletionRules setRules(SetCompletionRules command);

    /** A cohort's rules, or the defaults. */
    CompletionRules rules(UUID cohortId);

    /** The types of the installed {@link CompletionCriterion} implementations. */
    List<String> criterionTypes();

    /**
     * Evaluates the completion of a cohort in progress or completed whose last session has ended;
     * issues certificates to those who complete when the rules say so, and revokes those of
     * enrolments that no longer complete.
     */
    CompletionReport evaluate(UUID cohortId);
}
