package org.ustoz.courses.completion;

import java.util.Map;
import java.util.UUID;

/**
 * SPI: a completion criterion contributed by another module or by the host, such as "final grade at
 * least 70 %" from the assessments module. A cohort's completion rules name criteria by
 * {@link #type()} with parameters; evaluating the cohort's completion asks each named criterion for
 * a verdict on every candidate enrolment at once.
 *
 * <p>Register an implementation with {@code Courses.builder(ustoz).completionCriterion(...)}, or list
 * it in {@code META-INF/services/org.ustoz.courses.completion.CompletionCriterion}. Implementations
 * are shared between threads and must be stateless.
 */
public interface CompletionCriterion {

    /** The stable type key, such as {@code assessments.final-grade-at-least}. */
    String type();

    /**
     * Checks parameters when the rules are set.
     *
     * @return a description of what is wrong, in English, or {@code null} when they are fine
     */
    default String problemWith(Map<String, String> parameters) {
        return null;
    }

    /**
     * The verdict on every candidate of the context, in one go: a criterion must read what it needs
     * for the whole cohort with a fixed number of queries, not one per trainee. A candidate without a
     * verdict counts as not meeting the criterion.
     *
     * @return verdicts by enrolment id
     */
    Map<UUID, Verdict> evaluate(CriterionContext context, Map<String, String> parameters);
}
