package org.ustoz.assessments.question.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ustoz.core.internal.SafeArgs;
import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.core.error.UstozException;

/** Checks rubrics and turns chosen levels into points. */
public final class Rubrics {

    private Rubrics() {
    }

    /** Fails with {@code assessments.rubric.invalid} naming the criterion or level. */
    public static void check(List<RubricCriterion> criteria) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            RubricCriterion c = criteria.get(i);
            String path = "criteria[" + i + "]";
            if (c.key().isBlank() || !keys.add(c.key())) {
                throw new UstozException(AssessmentsError.RUBRIC_INVALID, path + ".key", "blank or repeated key");
            }
            if (c.levels().size() < 2) {
                throw new UstozException(AssessmentsError.RUBRIC_INVALID, path + ".levels", "at least two levels");
            }
            Set<String> levelKeys = new HashSet<>();
            for (int j = 0; j < c.levels().size(); j++) {
                RubricLevel l = c.levels().get(j);
                String lp = path + ".levels[" + j + "]";
                if (l.key().isBlank() || !levelKeys.add(l.key())) {
                    throw new UstozException(AssessmentsError.RUBRIC_INVALID, lp + ".key", "blank or repeated key");
                }
                if (l.points().signum() < 0 || l.points().scale() > 2) {
                    throw new UstozException(AssessmentsError.RUBRIC_INVALID, lp + ".points",
                            "points must be at least 0 with at most 2 decimals");
                }
            }
        }
    }

    /**
     * The points the chosen levels earn: exactly one level per criterion.
     *
     * @throws UstozException {@code assessments.grading.rubric-selection-invalid}
     */
    public static BigDecimal points(Rubric rubric, List<RubricScore> scores) {
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < scores.size(); i++) {
            RubricScore s = scores.get(i);
            RubricCriterion c = rubric.criterion(s.criterion());
            if (c == null || !seen.add(s.criterion())) {
                throw new UstozException(AssessmentsError.GRADING_RUBRIC_SELECTION_INVALID, "rubric[" + i + "].criterion",
                        SafeArgs.key(s.criterion()));
            }
            RubricLevel l = c.level(s.level());
            if (l == null) {
                throw new UstozException(AssessmentsError.GRADING_RUBRIC_SELECTION_INVALID, "rubric[" + i + "].level",
                        SafeArgs.key(s.level()));
            }
            total = total.add(l.points());
        }
        for (RubricCriterion c : rubric.getCriteria()) {
            if (!seen.contains(c.key())) {
                throw new UstozException(AssessmentsError.GRADING_RUBRIC_SELECTION_INVALID, "rubric", c.key());
            }
        }
        return total;
    }

    /** Points from stored levels against the rubric as it is now (levels since removed count 0). */
    public static BigDecimal recompute(Rubric rubric, List<RubricScore> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (RubricScore s : scores) {
            RubricCriterion c = rubric.criterion(s.criterion());
            RubricLevel l = c == null ? null : c.level(s.level());
            if (l != null) {
                total = total.add(l.points());
            }
        }
        return total;
    }
}
