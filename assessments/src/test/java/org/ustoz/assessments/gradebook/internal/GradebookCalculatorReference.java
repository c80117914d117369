package org.ustoz.assessments.gradebook.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.ustoz.assessments.assessment.internal.Assessment;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.CategoryGrade;
import org.ustoz.assessments.gradebook.GradeCell;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.internal.math.GradeMath;
import org.ustoz.assessments.internal.math.GradeMathReference;
import org.ustoz.courses.enrolment.EnrolmentStatus;

/**
 * {@link GradebookCalculator} as it was before it moved to arrays and {@code CategoryMath}: nested maps
 * and the {@code Fraction} arithmetic of {@link GradeMathReference}. Kept, unchanged, as the reference
 * that the fast calculator must equal exactly; not for production use.
 */
public final class GradebookCalculatorReference {

    private static final List<EnrolmentStatus> GRADED = List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.FAILED);

    private GradebookCalculatorReference() {
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
                GradeMathReference.percent(GradeMath.overAttempts(a.getGradingMethod().name(), list), max)));
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

        // assessment grades: attempts in number order, reduced by each assessment's grading method
        Map<UUID, Map<UUID, List<BigDecimal>>> attempts = new HashMap<>();
        for (Object[] row : em.createQuery("select t.assessment.id, t.enrolment.id, t.points from Attempt t"
                        + " where t.assessment.cohort.id = :c and t.status = :g order by t.number", Object[].class)
                .setParameter("c", cohortId).setParameter("g", AttemptStatus.GRADED).getResultList()) {
            attempts.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                    .computeIfAbsent((UUID) row[1], k -> new ArrayList<>()).add((BigDecimal) row[2]);
        }
        Map<UUID, Map<UUID, BigDecimal>> manual = new HashMap<>();
        for (Object[] row : em.createQuery("select g.item.id, g.enrolment.id, g.points from ManualGrade g"
                + " where g.item.cohort.id = :c", Object[].class).setParameter("c", cohortId).getResultList()) {
            manual.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((UUID) row[1], (BigDecimal) row[2]);
        }
        // overrides in force: the latest entry per (enrolment, item); a null value means none
        Map<UUID, Map<UUID, BigDecimal>> itemOverrides = new HashMap<>();
        Map<UUID, BigDecimal> finalOverrides = new HashMap<>();
        for (GradeOverride o : em.createQuery("select o from GradeOverride o where o.cohortId = :c"
                + " order by o.changedAt, o.id", GradeOverride.class).setParameter("c", cohortId).getResultList()) {
            if (o.getItemId() == null) {
                finalOverrides.put(o.getEnrolmentId(), o.getValue());
            } else {
                itemOverrides.computeIfAbsent(o.getItemId(), k -> new HashMap<>()).put(o.getEnrolmentId(), o.getValue());
            }
        }

        Map<UUID, List<GradeItem>> itemsByCategory = new LinkedHashMap<>();
        categories.forEach(c -> itemsByCategory.put(c.getId(), new ArrayList<>()));
        items.forEach(i -> itemsByCategory.get(i.getCategory().getId()).add(i));

        List<GradebookRow> rows = new ArrayList<>();
        for (Object[] e : enrolments) {
            UUID enrolmentId = (UUID) e[0];
            Map<UUID, GradeCell> cells = new LinkedHashMap<>();
            List<CategoryGrade> categoryGrades = new ArrayList<>();
            List<GradeMath.Part> parts = new ArrayList<>();
            for (GradeCategory c : categories) {
                List<GradeMath.Item> mathItems = new ArrayList<>();
                Map<UUID, BigDecimal[]> raw = new HashMap<>();
                for (GradeItem i : itemsByCategory.get(c.getId())) {
                    BigDecimal points = points(i, enrolmentId, attempts, manual);
                    BigDecimal override = itemOverrides.getOrDefault(i.getId(), Map.of()).get(enrolmentId);
                    mathItems.add(new GradeMath.Item(i.getId(), points, i.getMaxPoints(), i.getWeight(), override));
                    raw.put(i.getId(), new BigDecimal[] {points, override});
                }
                GradeMath.CategoryResult r = GradeMathReference.category(c.getAggregation(), c.getDropLowest(), missing, mathItems);
                for (GradeItem i : itemsByCategory.get(c.getId())) {
                    BigDecimal[] pv = raw.get(i.getId());
                    BigDecimal inForce = pv[1] != null ? pv[1] : pv[0];
                    cells.put(i.getId(), new GradeCell(i.getId(), inForce, i.getMaxPoints(),
                            inForce == null ? null : GradeMathReference.display(GradeMathReference.percent(inForce, i.getMaxPoints())),
                            pv[1] != null, r.dropped().contains(i.getId())));
                }
                categoryGrades.add(new CategoryGrade(c.getId(), r.percent() == null ? null : GradeMathReference.display(r.percent())));
                parts.add(new GradeMath.Part(c.getId(), r.percent(), c.getWeight()));
            }
            BigDecimal finalOverride = finalOverrides.get(enrolmentId);
            BigDecimal overall = GradeMathReference.overall(parts, finalOverride);
            BigDecimal shown = overall == null ? null : GradeMathReference.display(overall);
            String letter = null;
            if (overall != null) {
                for (ScaleBand b : scale) {
                    if (overall.compareTo(b.minPercent()) >= 0) {
                        letter = b.label();
                        break;
                    }
                }
            }
            Boolean passed = passPercent == null || overall == null ? null : overall.compareTo(passPercent) >= 0;
            List<GradeCell> ordered = new ArrayList<>();
            items.forEach(i -> ordered.add(cells.get(i.getId())));
            rows.add(new GradebookRow(enrolmentId, (UUID) e[1], (String) e[2], ordered, categoryGrades, shown,
                    finalOverride != null, letter, passed));
        }
        List<CategoryColumn> categoryColumns = categories.stream().map(GradebookMapper.INSTANCE::toView).toList();
        List<GradeColumn> columns = items.stream().map(GradebookMapper.INSTANCE::toView).toList();
        return new Gradebook(cohortId, missing, passPercent, scale, categoryColumns, columns, rows);
    }

    private static BigDecimal points(GradeItem i, UUID enrolmentId, Map<UUID, Map<UUID, List<BigDecimal>>> attempts,
            Map<UUID, Map<UUID, BigDecimal>> manual) {
        if (i.isManual()) {
            return manual.getOrDefault(i.getId(), Map.of()).get(enrolmentId);
        }
        Assessment a = i.getAssessment();
        List<BigDecimal> list = attempts.getOrDefault(a.getId(), Map.of()).get(enrolmentId);
        if (list == null || list.isEmpty()) {
            return null;
        }
        return GradeMath.overAttempts(a.getGradingMethod().name(), list)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The old loop of {@link #compute} on the numbers of a {@link GradebookSheet}: the sheet is turned
     * back into the maps the old code read (keyed by item id, then enrolment id) and the rows are
     * computed as they were, with {@link GradeMathReference}.
     */
    static List<GradebookRow> rows(GradebookSheet s) {
        record Category(UUID id, org.ustoz.assessments.gradebook.Aggregation aggregation, int dropLowest,
                BigDecimal weight) {
        }
        record Item(UUID id, UUID categoryId, BigDecimal maxPoints, BigDecimal weight) {
        }
        MissingGrades missing = s.missing();
        List<ScaleBand> scale = s.scale();
        BigDecimal passPercent = s.passPercent();
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < s.categoryIds().length; c++) {
            categories.add(new Category(s.categoryIds()[c], s.aggregations()[c], s.dropLowest()[c],
                    s.categoryWeights()[c]));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < s.itemIds().length; i++) {
            items.add(new Item(s.itemIds()[i], s.categoryIds()[s.itemCategory()[i]], s.maxPoints()[i],
                    s.itemWeights()[i]));
        }
        Map<UUID, Map<UUID, BigDecimal>> pointsByItem = new HashMap<>();
        Map<UUID, Map<UUID, BigDecimal>> itemOverrides = new HashMap<>();
        Map<UUID, BigDecimal> finalOverrides = new HashMap<>();
        for (int e = 0; e < s.enrolmentIds().length; e++) {
            UUID enrolmentId = s.enrolmentIds()[e];
            for (int i = 0; i < s.itemIds().length; i++) {
                if (s.points()[i][e] != null) {
                    pointsByItem.computeIfAbsent(s.itemIds()[i], k -> new HashMap<>()).put(enrolmentId, s.points()[i][e]);
                }
                if (s.overrides()[i] != null) {
                    itemOverrides.computeIfAbsent(s.itemIds()[i], k -> new HashMap<>()).put(enrolmentId,
                            s.overrides()[i][e]);
                }
            }
            if (s.finalOverrides()[e] != null) {
                finalOverrides.put(enrolmentId, s.finalOverrides()[e]);
            }
        }

        Map<UUID, List<Item>> itemsByCategory = new LinkedHashMap<>();
        categories.forEach(c -> itemsByCategory.put(c.id(), new ArrayList<>()));
        items.forEach(i -> itemsByCategory.get(i.categoryId()).add(i));

        List<GradebookRow> rows = new ArrayList<>();
        for (int row = 0; row < s.enrolmentIds().length; row++) {
            UUID enrolmentId = s.enrolmentIds()[row];
            Map<UUID, GradeCell> cells = new LinkedHashMap<>();
            List<CategoryGrade> categoryGrades = new ArrayList<>();
            List<GradeMath.Part> parts = new ArrayList<>();
            for (Category c : categories) {
                List<GradeMath.Item> mathItems = new ArrayList<>();
                Map<UUID, BigDecimal[]> raw = new HashMap<>();
                for (Item i : itemsByCategory.get(c.id())) {
                    BigDecimal points = pointsByItem.getOrDefault(i.id(), Map.of()).get(enrolmentId);
                    BigDecimal override = itemOverrides.getOrDefault(i.id(), Map.of()).get(enrolmentId);
                    mathItems.add(new GradeMath.Item(i.id(), points, i.maxPoints(), i.weight(), override));
                    raw.put(i.id(), new BigDecimal[] {points, override});
                }
                GradeMath.CategoryResult r = GradeMathReference.category(c.aggregation(), c.dropLowest(), missing,
                        mathItems);
                for (Item i : itemsByCategory.get(c.id())) {
                    BigDecimal[] pv = raw.get(i.id());
                    BigDecimal inForce = pv[1] != null ? pv[1] : pv[0];
                    cells.put(i.id(), new GradeCell(i.id(), inForce, i.maxPoints(),
                            inForce == null ? null : GradeMathReference.display(GradeMathReference.percent(inForce,
                                    i.maxPoints())),
                            pv[1] != null, r.dropped().contains(i.id())));
                }
                categoryGrades.add(new CategoryGrade(c.id(), r.percent() == null ? null
                        : GradeMathReference.display(r.percent())));
                parts.add(new GradeMath.Part(c.id(), r.percent(), c.weight()));
            }
            BigDecimal finalOverride = finalOverrides.get(enrolmentId);
            BigDecimal overall = GradeMathReference.overall(parts, finalOverride);
            BigDecimal shown = overall == null ? null : GradeMathReference.display(overall);
            String letter = null;
            if (overall != null) {
                for (ScaleBand b : scale) {
                    if (overall.compareTo(b.minPercent()) >= 0) {
                        letter = b.label();
                        break;
                    }
                }
            }
            Boolean passed = passPercent == null || overall == null ? null : overall.compareTo(passPercent) >= 0;
            List<GradeCell> ordered = new ArrayList<>();
            items.forEach(i -> ordered.add(cells.get(i.id())));
            rows.add(new GradebookRow(enrolmentId, s.traineeIds()[row], s.traineeNames()[row], ordered,
                    categoryGrades, shown, finalOverride != null, letter, passed));
        }
        return rows;
    }
}
