package org.ustoz.assessments.gradebook.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.CategoryGrade;
import org.ustoz.assessments.gradebook.GradeCell;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.internal.math.CategoryMath;
import org.ustoz.assessments.internal.math.GradeMath;
import org.ustoz.courses.enrolment.EnrolmentStatus;

/**
 * Computes a cohort's gradebook with seven statements, whatever the numbers of trainees and items:
 * settings, categories, items, enrolments, graded attempts, manual grades and overrides. The
 * arithmetic is {@link GradeMath}'s: exact sums, one division per result, with each category's
 * constants computed once ({@link CategoryMath}); the numbers are held in arrays indexed by the
 * positions of enrolments and items ({@link GradebookSheet}), not in maps.
 */
public final class GradebookCalculator {

    private static final List<EnrolmentStatus> GRADED = List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.FAILED);

    private GradebookCalculator() {
    }

    /** A trainee's grade on an assessment by its grading method, for completion criteria. */
    public static Map<UUID, BigDecimal> assessmentPercents(EntityManager em, Assessment a) {
        Map<UUID, List<BigDecimal>> points = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select t.enrolment.id, t.points from Attempt t"
                        + " where t.assessment = :a and t.status = :g order by t.number", Object[].class)
                .setParameter("a", a).setParameter("g", AttemptStatus.GRADED).getResultList()) {
            points.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((BigDecimal) row[1]);
        }
        BigDecimal max = a.maxPoints();
        Map<UUID, BigDecimal> out = new HashMap<>();
        points.forEach((enrolment, list) -> out.put(enrolment,
                GradeMath.percent(GradeMath.overAttempts(a.getGradingMethod().name(), list), max)));
        return out;
    }

    /** The gradebook of a cohort. */
    public static Gradebook compute(EntityManager em, UUID cohortId) {
        List<GradebookSettings> found = em.createQuery("select g from GradebookSettings g where g.cohort.id = :c",
                GradebookSettings.class).setParameter("c", cohortId).getResultList();
        GradebookSettings settings = found.isEmpty() ? null : found.get(0);
        MissingGrades missing = settings == null ? MissingGrades.ZERO : settings.getMissingGrades();
        List<ScaleBand> scale = settings == null ? List.of() : settings.bands();
        BigDecimal passPercent = settings == null ? null : settings.getPassPercent();

        List<GradeCategory> categories = em.createQuery("select c from GradeCategory c where c.cohort.id = :c"
                + " order by c.position, c.id", GradeCategory.class).setParameter("c", cohortId).getResultList();
        List<GradeItem> items = em.createQuery("select i from GradeItem i left join fetch i.assessment"
                + " where i.cohort.id = :c order by i.position, i.id", GradeItem.class).setParameter("c", cohortId).getResultList();
        List<Object[]> enrolments = em.createQuery("select e.id, t.id, t.fullName from Enrolment e join e.trainee t"
                        + " where e.cohort.id = :c and e.status in :s order by t.fullName, e.id", Object[].class)
                .setParameter("c", cohortId).setParameter("s", GRADED).getResultList();

        int ni = items.size();
        int ne = enrolments.size();
        UUID[] enrolmentIds = new UUID[ne];
        UUID[] traineeIds = new UUID[ne];
        String[] traineeNames = new String[ne];
        Map<UUID, Integer> enrolmentIndex = new HashMap<>(ne * 2);
        for (int e = 0; e < ne; e++) {
            Object[] row = enrolments.get(e);
            enrolmentIds[e] = (UUID) row[0];
            traineeIds[e] = (UUID) row[1];
            traineeNames[e] = (String) row[2];
            enrolmentIndex.put(enrolmentIds[e], e);
        }
        int nc = categories.size();
        UUID[] categoryIds = new UUID[nc];
        Aggregation[] aggregations = new Aggregation[nc];
        int[] dropLowest = new int[nc];
        BigDecimal[] categoryWeights = new BigDecimal[nc];
        Map<UUID, Integer> categoryIndex = new HashMap<>(nc * 2);
        for (int c = 0; c < nc; c++) {
            GradeCategory category = categories.get(c);
            categoryIds[c] = category.getId();
            aggregations[c] = category.getAggregation();
            dropLowest[c] = category.getDropLowest();
            categoryWeights[c] = category.getWeight();
            categoryIndex.put(categoryIds[c], c);
        }
        UUID[] itemIds = new UUID[ni];
        int[] itemCategory = new int[ni];
        BigDecimal[] maxPoints = new BigDecimal[ni];
        BigDecimal[] itemWeights = new BigDecimal[ni];
        Map<UUID, Integer> itemIndex = new HashMap<>(ni * 2);
        Map<UUID, Integer> assessmentIndex = new HashMap<>();
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < ni; i++) {
            GradeItem item = items.get(i);
            itemIds[i] = item.getId();
            itemCategory[i] = categoryIndex.get(item.getCategory().getId());
            maxPoints[i] = item.getMaxPoints();
            itemWeights[i] = item.getWeight();
            itemIndex.put(itemIds[i], i);
            if (!item.isManual()) {
                Assessment a = item.getAssessment();
                assessmentIndex.computeIfAbsent(a.getId(), k -> {
                    assessments.add(a);
                    return assessments.size() - 1;
                });
            }
        }

        // assessment grades: attempts in number order, reduced by each assessment's grading method
        @SuppressWarnings("unchecked")
        List<BigDecimal>[][] attempts = new List[assessments.size()][];
        for (Object[] row : em.createQuery("select t.assessment.id, t.enrolment.id, t.points from Attempt t"
                        + " where t.assessment.cohort.id = :c and t.status = :g order by t.number", Object[].class)
                .setParameter("c", cohortId).setParameter("g", AttemptStatus.GRADED).getResultList()) {
            Integer a = assessmentIndex.get((UUID) row[0]);
            Integer e = enrolmentIndex.get((UUID) row[1]);
            if (a != null && e != null) {
                if (attempts[a] == null) {
                    attempts[a] = new List[ne];
                }
                if (attempts[a][e] == null) {
                    attempts[a][e] = new ArrayList<>(2);
                }
                attempts[a][e].add((BigDecimal) row[2]);
            }
        }
        BigDecimal[][] points = new BigDecimal[ni][ne];
        for (int i = 0; i < ni; i++) {
            GradeItem item = items.get(i);
            if (!item.isManual()) {
                Assessment a = item.getAssessment();
                List<BigDecimal>[] byEnrolment = attempts[assessmentIndex.get(a.getId())];
                String method = a.getGradingMethod().name();
                for (int e = 0; byEnrolment != null && e < ne; e++) {
                    List<BigDecimal> list = byEnrolment[e];
                    if (list != null && !list.isEmpty()) {
                        points[i][e] = GradeMath.overAttempts(method, list).setScale(2, RoundingMode.HALF_UP);
                    }
                }
            }
        }
        for (Object[] row : em.createQuery("select g.item.id, g.enrolment.id, g.points from ManualGrade g"
                + " where g.item.cohort.id = :c", Object[].class).setParameter("c", cohortId).getResultList()) {
            Integer i = itemIndex.get((UUID) row[0]);
            Integer e = enrolmentIndex.get((UUID) row[1]);
            if (i != null && e != null && items.get(i).isManual()) {
                points[i][e] = (BigDecimal) row[2];
            }
        }
        // overrides in force: the latest entry per (enrolment, item); a null value means none
        BigDecimal[][] overrides = new BigDecimal[ni][];
        BigDecimal[] finalOverrides = new BigDecimal[ne];
        for (GradeOverride o : em.createQuery("select o from GradeOverride o where o.cohortId = :c"
                + " order by o.changedAt, o.id", GradeOverride.class).setParameter("c", cohortId).getResultList()) {
            Integer e = enrolmentIndex.get(o.getEnrolmentId());
            if (e == null) {
                continue;
            }
            if (o.getItemId() == null) {
                finalOverrides[e] = o.getValue();
            } else {
                Integer i = itemIndex.get(o.getItemId());
                if (i != null) {
                    if (overrides[i] == null) {
                        overrides[i] = new BigDecimal[ne];
                    }
                    overrides[i][e] = o.getValue();
                }
            }
        }

        List<GradebookRow> rows = rows(new GradebookSheet(missing, scale, passPercent, categoryIds, aggregations,
                dropLowest, categoryWeights, itemIds, itemCategory, maxPoints, itemWeights, enrolmentIds, traineeIds,
                traineeNames, points, overrides, finalOverrides));
        List<CategoryColumn> categoryColumns = categories.stream().map(GradebookMapper.INSTANCE::toView).toList();
        List<GradeColumn> columns = items.stream().map(GradebookMapper.INSTANCE::toView).toList();
        return new Gradebook(cohortId, missing, passPercent, scale, categoryColumns, columns, rows);
    }

    /**
     * The rows of a gradebook from its numbers. Per category the constants of its arithmetic
     * ({@link CategoryMath}) are computed once; per trainee and category there is one exact sum and one
     * division, and per cell one division for its displayed percentage.
     */
    static List<GradebookRow> rows(GradebookSheet s) {
        int nc = s.categoryIds().length;
        int ni = s.itemIds().length;
        int ne = s.enrolmentIds().length;
        List<GradebookRow> rows = new ArrayList<>(ne);
        if (ne == 0) {
            return rows;
        }
        for (BigDecimal w : s.categoryWeights()) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("A weight must not be negative: " + w);
            }
        }
        // the items of each category, in gradebook order
        int[] sizes = new int[nc];
        for (int i = 0; i < ni; i++) {
            sizes[s.itemCategory()[i]]++;
        }
        int[][] members = new int[nc][];
        for (int c = 0; c < nc; c++) {
            members[c] = new int[sizes[c]];
            sizes[c] = 0;
        }
        for (int i = 0; i < ni; i++) {
            int c = s.itemCategory()[i];
            members[c][sizes[c]++] = i;
        }
        CategoryMath[] math = new CategoryMath[nc];
        BigDecimal[][] effective = new BigDecimal[nc][];
        boolean[][] dropped = new boolean[nc][];
        for (int c = 0; c < nc; c++) {
            int[] m = members[c];
            UUID[] ids = new UUID[m.length];
            BigDecimal[] max = new BigDecimal[m.length];
            BigDecimal[] weights = new BigDecimal[m.length];
            for (int k = 0; k < m.length; k++) {
                ids[k] = s.itemIds()[m[k]];
                max[k] = s.maxPoints()[m[k]];
                weights[k] = s.itemWeights()[m[k]];
            }
            math[c] = new CategoryMath(s.aggregations()[c], s.dropLowest()[c], s.missing(), ids, max, weights);
            effective[c] = new BigDecimal[m.length];
            dropped[c] = new boolean[m.length];
        }
        BigDecimal[][] points = s.points();
        BigDecimal[][] overrides = s.overrides();
        for (int e = 0; e < ne; e++) {
            GradeCell[] cells = new GradeCell[ni];
            List<CategoryGrade> categoryGrades = new ArrayList<>(nc);
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal plain = BigDecimal.ZERO;
            int graded = 0;
            for (int c = 0; c < nc; c++) {
                int[] m = members[c];
                BigDecimal[] inForce = effective[c];
                for (int k = 0; k < m.length; k++) {
                    BigDecimal override = overrides[m[k]] == null ? null : overrides[m[k]][e];
                    inForce[k] = override != null ? override : points[m[k]][e];
                }
                BigDecimal percent = math[c].percent(inForce, dropped[c]);
                for (int k = 0; k < m.length; k++) {
                    int i = m[k];
                    BigDecimal value = inForce[k];
                    cells[i] = new GradeCell(s.itemIds()[i], value, s.maxPoints()[i],
                            value == null ? null : GradeMath.display(GradeMath.percent(value, s.maxPoints()[i])),
                            overrides[i] != null && overrides[i][e] != null, dropped[c][k]);
                }
                categoryGrades.add(new CategoryGrade(s.categoryIds()[c], GradeMath.display(percent)));
                if (percent != null) {
                    BigDecimal w = s.categoryWeights()[c];
                    weighted = weighted.add(w.multiply(percent));
                    weights = weights.add(w);
                    plain = plain.add(percent);
                    graded++;
                }
            }
            BigDecimal finalOverride = s.finalOverrides()[e];
            BigDecimal overall;
            if (finalOverride != null) {
                overall = GradeMath.overall(List.of(), finalOverride);
            } else {
                overall = GradeMath.overall(weighted, weights, plain, graded);
            }
            BigDecimal shown = GradeMath.display(overall);
            String letter = null;
            if (overall != null) {
                for (ScaleBand b : s.scale()) {
                    if (overall.compareTo(b.minPercent()) >= 0) {
                        letter = b.label();
                        break;
                    }
                }
            }
            Boolean passed = s.passPercent() == null || overall == null ? null : overall.compareTo(s.passPercent()) >= 0;
            List<GradeCell> ordered = new ArrayList<>(ni);
            Collections.addAll(ordered, cells);
            rows.add(new GradebookRow(s.enrolmentIds()[e], s.traineeIds()[e], s.traineeNames()[e], ordered,
                    categoryGrades, shown, finalOverride != null, letter, passed));
        }
        return rows;
    }
}
