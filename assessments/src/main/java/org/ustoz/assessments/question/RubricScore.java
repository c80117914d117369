package org.ustoz.assessments.question;

import java.util.Objects;

/** The level a grader chose for one rubric criterion, with an optional comment. */
public record RubricScore(String criterion, String level, String comment) {

    public RubricScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(level, "level");
    }

    public static RubricScore of(String criterion, String level) {
        return new RubricScore(criterion, level, null);
    }
}
