package org.ustoz.assessments.analytics.internal;

import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.assessments.assessment.internal.AssessmentServiceImpl;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.analytics.AnalyticsService;
import org.ustoz.assessments.analytics.CategoryGain;
import org.ustoz.assessments.analytics.ItemAnalysisReport;
import org.ustoz.assessments.analytics.ItemStatistic;
import org.ustoz.assessments.analytics.LearningGainReport;
import org.ustoz.assessments.analytics.TraineeGain;
import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.assessment.internal.AssessmentItem;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.internal.math.GradeMath;
import org.ustoz.assessments.internal.math.ItemStatistics;
import org.ustoz.assessments.internal.math.LearningGain;
import org.ustoz.assessments.question.internal.QuestionCategory;
import org.ustoz.assessments.question.internal.QuestionVersion;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;

/** {@link AnalyticsService} over Jakarta Persistence; the statistics are {@code internal.math}'s. */
public final class AnalyticsServiceImpl implements AnalyticsService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final UstozRuntime ustoz;

    public AnalyticsServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    /** A counted attempt: whose, and its points. */
    private record Taken(UUID attemptId, UUID traineeId, BigDecimal points, BigDecimal max) {
    }

    /**
     * First (or last) graded attempt per trainee: one statement. Ordered by number, then by attempt id,
     * so that the rows of the item analysis (whose order breaks ties at the edges of the upper and lower
     * groups) do not come in whatever order the database returns equal numbers.
     */
    private static Map<UUID, Taken> counted(EntityManager em, Assessment a, boolean first) {
        Map<UUID, Taken> out = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select t.id, t.traineeId, t.points, t.maxPoints from Attempt t"
                        + " where t.assessment = :a and t.status = :g order by t.number, t.id", Object[].class)
                .setParameter("a", a).setParameter("g", AttemptStatus.GRADED).getResultList()) {
            Taken taken = new Taken((UUID) row[0], (UUID) row[1], (BigDecimal) row[2], (BigDecimal) row[3]);
            if (first) {
                out.putIfAbsent(taken.traineeId(), taken);
            } else {
                out.put(taken.traineeId(), taken);
            }
        }
        return out;
    }

    @Override
    public LearningGainReport learningGain(UUID preTestId, UUID postTestId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Assessment pre = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, preTestId);
            Assessment post = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, postTestId);
            if (pre.getKind() != AssessmentKind.PRE_TEST || post.getKind() != AssessmentKind.POST_TEST
                    || !pre.getCohort().equals(post.getCohort())) {
                throw new UstozException(AssessmentsError.GAIN_NOT_PAIRED, pre.getCode(), post.getCode());
            }
            Map<UUID, Taken> before = counted(em, pre, true);
            Map<UUID, Taken> after = counted(em, post, false);
            Map<UUID, String> names = new HashMap<>();
            for (Object[] row : em.createQuery("select t.id, t.fullName from Enrolment e join e.trainee t"
                    + " where e.cohort = :c", Object[].class).setParameter("c", pre.getCohort()).getResultList()) {
                names.put((UUID) row[0], (String) row[1]);
            }
            List<TraineeGain> trainees = new ArrayList<>();
            List<LearningGain.Gain> gains = new ArrayList<>();
            List<String> undefined = new ArrayList<>();
            for (Taken b : before.values()) {
                Taken p = after.get(b.traineeId());
                if (p == null) {
                    continue;
                }
                BigDecimal prePct = GradeMath.percent(b.points(), b.max());
                BigDecimal postPct = GradeMath.percent(p.points(), p.max());
                LearningGain.Gain g = LearningGain.of(prePct, postPct, HUNDRED);
                gains.add(g);
                String name = names.get(b.traineeId());
                if (g.undefined()) {
                    undefined.add(name);
                }
                trainees.add(new TraineeGain(b.traineeId(), name, GradeMath.display(prePct), GradeMath.display(postPct),
                        g.normalised() == null ? null : g.normalised().setScale(4, RoundingMode.HALF_EVEN), g.undefined()));
            }
            trainees.sort(Comparator.comparing(TraineeGain::traineeName, Comparator.nullsLast(
                    Comparator.naturalOrder())));
            LearningGain.CohortGain cohort = LearningGain.cohort(gains);
            List<CategoryGain> categories = categoryGains(em, pre, post, before, after);
            return new LearningGainReport(pre.getId(), post.getId(), trainees, round4(cohort.averageOfIndividualGains()),
                    round4(cohort.gainOfAverages()), trainees.size(), undefined, categories);
        });
    }

    private static BigDecimal round4(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_EVEN);
    }

    /** Per question category: the cohort's points over maximum before and after, among paired trainees. */
    private static List<CategoryGain> categoryGains(EntityManager em, Assessment pre, Assessment post,
            Map<UUID, Taken> before, Map<UUID, Taken> after) {
        Set<UUID> counted = new HashSet<>();
        before.forEach((trainee, taken) -> {
            if (after.containsKey(trainee)) {
                counted.add(taken.attemptId());
                counted.add(after.get(trainee).attemptId());
            }
        });
        Map<UUID, BigDecimal[]> sums = new LinkedHashMap<>(); // category -> pre points, pre max, post points, post max
        Map<UUID, QuestionCategory> categories = new HashMap<>();
        for (Object[] row : em.createQuery("select ans.attempt.id, ans.attempt.assessment.id, c, ans.points,"
                        + " ans.maxPoints from AttemptAnswer ans, Question q join q.category c"
                        + " where q.id = ans.questionId and ans.attempt.assessment in (:pre, :post)"
                        + " and ans.attempt.status = :g", Object[].class)
                .setParameter("pre", pre).setParameter("post", post).setParameter("g", AttemptStatus.GRADED)
                .getResultList()) {
            if (!counted.contains((UUID) row[0])) {
                continue;
            }
            QuestionCategory c = (QuestionCategory) row[2];
            categories.put(c.getId(), c);
            BigDecimal[] s = sums.computeIfAbsent(c.getId(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO});
            int at = pre.getId().equals(row[1]) ? 0 : 2;
            s[at] = s[at].add(row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3]);
            s[at + 1] = s[at + 1].add((BigDecimal) row[4]);
        }
        List<CategoryGain> out = new ArrayList<>();
        sums.forEach((id, s) -> {
            if (s[1].signum() == 0 || s[3].signum() == 0) {
                return;
            }
            BigDecimal prePct = GradeMath.percent(s[0], s[1]);
            BigDecimal postPct = GradeMath.percent(s[2], s[3]);
            LearningGain.Gain g = LearningGain.of(prePct, postPct, HUNDRED);
            QuestionCategory c = categories.get(id);
            LocalizedText name = c.getName();
            out.add(new CategoryGain(id, c.getCode(), name, GradeMath.display(prePct), GradeMath.display(postPct),
                    round4(g.normalised())));
        });
        out.sort(Comparator.comparing(CategoryGain::code));
        return out;
    }

    @Override
    public ItemAnalysisReport itemAnalysis(UUID assessmentId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Assessment a = Finder.find(Assessment.class, AssessmentsError.ASSESSMENT_NOT_FOUND, em, tenant, assessmentId);
            List<AssessmentItem> items = a.getItems();
            Map<UUID, Taken> first = counted(em, a, true);
            Map<UUID, BigDecimal[]> rows = new LinkedHashMap<>();
            first.values().forEach(t -> rows.put(t.attemptId(), new BigDecimal[items.size()]));
            for (Object[] row : em.createQuery("select ans.attempt.id, ans.slot, ans.points from AttemptAnswer ans"
                    + " where ans.attempt.assessment = :a and ans.attempt.status = :g", Object[].class)
                    .setParameter("a", a).setParameter("g", AttemptStatus.GRADED).getResultList()) {
                BigDecimal[] r = rows.get((UUID) row[0]);
                if (r != null) {
                    int slot = (Integer) row[1];
                    BigDecimal points = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
                    r[slot - 1] = points.min(items.get(slot - 1).getPoints());
                }
            }
            List<UUID> ids = new ArrayList<>();
            List<BigDecimal> max = new ArrayList<>();
            for (AssessmentItem i : items) {
                ids.add(i.getQuestionId());
                max.add(i.getPoints());
            }
            List<List<BigDecimal>> scores = new ArrayList<>();
            rows.values().forEach(r -> scores.add(Arrays.asList(r)));
            ItemStatistics.Result result = ItemStatistics.analyse(new ItemStatistics.Matrix(ids, max, scores));
            Map<UUID, QuestionVersion> latest = AssessmentServiceImpl.latestVersions(em, tenant,
                    new HashSet<>(ids));
            List<ItemStatistic> stats = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ItemStatistics.ItemResult r = result.items().get(i);
                QuestionVersion v = latest.get(ids.get(i));
                stats.add(new ItemStatistic(i + 1, ids.get(i), v == null ? null : v.getContent().stem(),
                        round4(r.difficulty()), round4(r.pointBiserial()), round4(r.upperLower()), r.allRight(),
                        r.allWrong()));
            }
            return new ItemAnalysisReport(a.getId(), result.trainees(), round4(result.cronbachAlpha()), stats);
        });
    }
}
