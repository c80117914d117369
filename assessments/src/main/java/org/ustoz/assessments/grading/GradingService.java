package org.ustoz.assessments.grading;

import java.util.List;
import java.util.UUID;

import org.ustoz.assessments.attempt.AttemptView;

/** Rubrics, the grading queue, grading by hand and regrading. */
public interface GradingService {

    RubricView createRubric(CreateRubric command);

    /** Replaces a rubric's criteria; call {@link #regradeRubric(UUID)} to recompute grades given with it. */
    RubricView reviseRubric(ReviseRubric command);

    RubricView rubric(UUID rubricId);

    /** Answers of submitted attempts of an assessment that wait for a grader, oldest first. */
    List<PendingAnswer> queue(UUID assessmentId);

    /**
     * Grades one answer by hand; the attempt is graded once no answer waits any more. The grade is
     * checked against the answer's version under the attempt's row lock, so of concurrent grades given
     * on one version (on any number of instances) exactly one is accepted; each accepted grade is kept
     * in the answer's {@link #history(UUID, UUID) history}.
     *
     * @throws org.ustoz.core.error.UstozException {@code core.concurrent-modification} when the answer
     *         changed since {@code expectedVersion}, {@code assessments.grading.not-by-hand},
     *         {@code assessments.grading.not-submitted}, {@code assessments.grading.points-invalid},
     *         {@code assessments.grading.rubric-selection-invalid}
     */
    AttemptView grade(GradeAnswer command);

    /**
     * Regrades the submitted attempts of an assessment: objective answers are graded again, on the
     * latest version of their question when {@code latestVersions} (a corrected answer key), and
     * rubric-graded answers are recomputed from their levels. Gradebook grades follow, as they are
     * computed from attempts.
     */
    RegradeReport regrade(UUID assessmentId, boolean latestVersions);

    /**
     * The history of an answer's hand grade, oldest first: every grade by hand and every change of its
     * points by a regrade. Three statements (the tenant-checked attempt and the changes), however long
     * the history.
     *
     * @throws org.ustoz.core.error.UstozException {@code assessments.attempt.not-found}
     */
    List<GradeChange> history(UUID attemptId, UUID questionId);

    /** Recomputes every grade given with a rubric (attempt answers and manual grade items) after it changed. */
    RegradeReport regradeRubric(UUID rubricId);
}
