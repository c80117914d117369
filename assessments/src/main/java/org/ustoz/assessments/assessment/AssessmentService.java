package org.ustoz.assessments.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Assessments of cohorts. */
public interface AssessmentService {

    /**
     * @throws org.ustoz.core.error.UstozException {@code assessments.assessment.window-invalid},
     *         {@code assessments.assessment.duplicate-question}, {@code assessments.question.not-found},
     *         {@code assessments.assessment.code-taken}, {@code courses.cohort.not-found}, ...
     */
    AssessmentView create(CreateAssessment command);

    AssessmentView get(UUID assessmentId);

    /** The assessments of a cohort, by opening time. */
    List<AssessmentView> ofCohort(UUID cohortId);

    /** Moves the availability window (attempts in progress keep their due time). */
    AssessmentView reschedule(UUID assessmentId, Instant opensAt, Instant closesAt);

    /** Replaces the items; refused once an attempt exists ({@code assessments.assessment.has-attempts}). */
    AssessmentView replaceItems(UUID assessmentId, List<ItemSpec> items);
}
