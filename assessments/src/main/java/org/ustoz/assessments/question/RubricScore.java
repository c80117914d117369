package org.ustoz.assessments.question;

import jakarta.validation.constraints.NotNull;

import org.ustoz.core.validation.PlainText;


/** The level a grader chose for one rubric criterion, with an optional comment. */
public record RubricScore(
        @NotNull @PlainText String criterion,
        @NotNull @PlainText String level,
        @PlainText(value = PlainText.Kind.REASON, max = RubricScore.MAX_COMMENT) String comment) {

    /** The longest comment, in code points. */
    public static final int MAX_COMMENT = 2_000;

    public static RubricScore of(String criterion, String level) {
        return new RubricScore(criterion, level, null);
    }
}
