package org.ustoz.assessments.gradebook.internal;

import org.ustoz.core.internal.UstozRuntime;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.courses.completion.CompletionCriterion;
import org.ustoz.courses.completion.CriterionContext;
import org.ustoz.courses.completion.Verdict;

/**
 * Completion criterion {@code assessments.final-grade-at-least}: the final grade of the cohort's
 * gradebook (overrides included) reaches {@code percent}.
 */
public final class FinalGradeCriterion implements CompletionCriterion {

    public static final String TYPE = "assessments.final-grade-at-least";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String problemWith(Map<String, String> parameters) {
        try {
            BigDecimal p = new BigDecimal(parameters.getOrDefault("percent", ""));
            return p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 ? "percent must be from 0 to 100" : null;
        } catch (NumberFormatException e) {
            return "parameter percent must be a number from 0 to 100";
        }
    }

    @Override
    public Map<UUID, Verdict> evaluate(CriterionContext context, Map<String, String> parameters) {
        // joins the evaluation's transaction
        return UstozRuntime.of(context.ustoz()).read(em -> evaluate(em, context, parameters));
    }

    private static Map<UUID, Verdict> evaluate(EntityManager em, CriterionContext context,
            Map<String, String> parameters) {
        BigDecimal min = new BigDecimal(parameters.get("percent"));
        Gradebook book = GradebookCalculator.compute(em, context.cohortId());
        Map<UUID, GradebookRow> rows = new HashMap<>();
        book.rows().forEach(r -> rows.put(r.enrolmentId(), r));
        Map<UUID, Verdict> out = new HashMap<>();
        for (CriterionContext.Candidate c : context.candidates()) {
            GradebookRow row = rows.get(c.enrolmentId());
            BigDecimal grade = row == null ? null : row.finalPercent();
            out.put(c.enrolmentId(), grade != null && grade.compareTo(min) >= 0 ? Verdict.met()
                    : Verdict.unmet(AssessmentsError.UNMET_FINAL_GRADE, grade == null ? "—" : grade.toPlainString(),
                            min.toPlainString()));
        }
        return out;
    }
}
