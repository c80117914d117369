package org.ustoz.assessments.gradebook;

import java.util.List;
import java.util.UUID;

/**
 * Gradebooks of cohorts. Grades are computed when read, from graded attempts, manual grades and
 * overrides, with exact decimal arithmetic (see {@link Aggregation}); a regrade or an override is
 * therefore visible at once, on every application instance.
 */
public interface GradebookService {

    /** Sets missing-grade handling, letter scale and pass mark (created with defaults on first use). */
    Gradebook configure(ConfigureGradebook command);

    CategoryColumn addCategory(AddGradeCategory command);

    GradeColumn addItem(AddGradeItem command);

    /** Records a manual grade (again: replaces it). */
    GradeCell record(RecordGrade command);

    /** Overrides (or, with a null value, un-overrides) an item grade or the final grade. */
    void override(OverrideGrade command);

    /** The override history of a trainee in a cohort, oldest first. */
    List<OverrideEntry> history(UUID cohortId, UUID traineeId);

    /**
     * The gradebook of a cohort: one row per trainee enrolled, completed or failed, sorted by name.
     * Read with a fixed number of statements, whatever the numbers of trainees and items.
     */
    Gradebook gradebook(UUID cohortId);
}
