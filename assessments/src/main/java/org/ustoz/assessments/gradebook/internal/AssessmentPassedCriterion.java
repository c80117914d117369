package org.ustoz.assessments.gradebook.internal;

import org.ustoz.core.internal.UstozRuntime;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.internal.math.GradeMath;
import org.ustoz.courses.completion.CompletionCriterion;
import org.ustoz.courses.completion.CriterionContext;
import org.ustoz.courses.completion.Verdict;

/**
 * Completion criterion {@code assessments.assessment-passed}: the trainee's grade on the cohort's
 * assessment with code {@code assessment} (by its grading method) reaches its pass mark.
 */
public final class AssessmentPassedCriterion implements CompletionCriterion {

    public static final String TYPE = "assessments.assessment-passed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String problemWith(Map<String, String> parameters) {
        String code = parameters.get("assessment");
        return code == null || code.isBlank() ? "parameter assessment (an assessment code) is required" : null;
    }

    @Override
    public Map<UUID, Verdict> evaluate(CriterionContext context, Map<String, String> parameters) {
        // joins the evaluation's transaction
        return UstozRuntime.of(context.ustoz()).read(em -> evaluate(em, context, parameters));
    }

    private static Map<UUID, Verdict> evaluate(EntityManager em, CriterionContext context,
            Map<String, String> parameters) {
        String code = parameters.get("assessment");
        List<Assessment> found = em.createQuery(
                        "select a from Assessment a where a.cohort.id = :c and a.code = :code", Assessment.class)
                .setParameter("c", context.cohortId()).setParameter("code", code).getResultList();
        Map<UUID, Verdict> out = new HashMap<>();
        if (found.isEmpty()) {
            context.candidates().forEach(c -> out.put(c.enrolmentId(),
                    Verdict.unmet(AssessmentsError.UNMET_ASSESSMENT_PASSED, code, "—", "—")));
            return out;
        }
        Assessment a = found.get(0);
        Map<UUID, BigDecimal> percents = GradebookCalculator.assessmentPercents(em, a);
        for (CriterionContext.Candidate c : context.candidates()) {
            BigDecimal p = percents.get(c.enrolmentId());
            out.put(c.enrolmentId(), p != null && p.compareTo(a.getPassPercent()) >= 0 ? Verdict.met()
                    : Verdict.unmet(AssessmentsError.UNMET_ASSESSMENT_PASSED, code,
                            p == null ? "—" : GradeMath.display(p).toPlainString(), a.getPassPercent().toPlainString()));
        }
        return out;
    }
}
