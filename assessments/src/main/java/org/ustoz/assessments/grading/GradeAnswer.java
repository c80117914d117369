package org.ustoz.assessments.grading;

import org.ustoz.assessments.question.RubricScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Grades an answer by hand: either with {@code rubric} levels (one per criterion of the item's
 * rubric; points follow from them) or with {@code points} directly. When both are given, the rubric
 * levels count.
 */
public record GradeAnswer(
        @NotNull UUID attemptId,
        @NotNull UUID questionId,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal points,
        @Size(max = 50) List<@NotNull @Valid RubricScore> rubric,
        @Size(max = 20_000) @PlainText(PlainText.Kind.TEXT) String feedback) {

    public GradeAnswer {
        // a null element is kept for validation to name it (rubric[0])
        rubric = rubric == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rubric));
    }
}
