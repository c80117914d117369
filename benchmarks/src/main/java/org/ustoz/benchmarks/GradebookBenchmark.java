package org.ustoz.benchmarks;

import static java.util.Locale.ENGLISH;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.ustoz.assessments.Assessments;
import org.ustoz.assessments.gradebook.AddGradeCategory;
import org.ustoz.assessments.gradebook.AddGradeItem;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.ConfigureGradebook;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.RecordGrade;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.core.CallerContext;
import org.ustoz.core.Ustoz;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.courses.Courses;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.ScheduleCohort;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.trainee.RegisterTrainee;

/**
 * Times {@code GradebookService.gradebook(cohortId)} against one hand-written SQL query computing
 * the same final percentages, on a cohort of 5,000 trainees with 30 manual grade items (3 categories
 * of 10, weighted).
 *
 * <p>Seeding (not timed) goes through the services for the course, cohort, trainees, enrolments,
 * gradebook categories and items, and the first trainee's grades; the other grades are inserted
 * with JDBC batches into {@code ustoz_manual_grade}. Each measurement is warmed up 3 times, then
 * the minimum, median and maximum of 5 runs are printed ({@code -Dustoz.bench.warmups},
 * {@code -Dustoz.bench.runs} for others), with the bytes the calling thread allocates per call, the
 * ratio to the SQL query, and a check that both give the same final percentage to 2 decimals for
 * every trainee. Fix the heap for comparable figures ({@code MAVEN_OPTS="-Xms2g -Xmx2g"}).
 *
 * <p>Run with {@code ./mvnw -B -q -pl benchmarks -am test-compile exec:java} (embedded H2), or add
 * {@code -Ppostgresql} or {@code -Pmariadb} for the servers the test profiles name. Sizes:
 * {@code -Dustoz.bench.trainees=5000 -Dustoz.bench.items=10} (items per category).
 */
public final class GradebookBenchmark {

    private static final int WARM_UPS = Integer.getInteger("ustoz.bench.warmups", 3);
    private static final int RUNS = Integer.getInteger("ustoz.bench.runs", 5);
    private static final int CATEGORIES = 3;
    private static final BigDecimal[] CATEGORY_WEIGHTS = {new BigDecimal("20"), new BigDecimal("30"),
            new BigDecimal("50")};
    private static final BigDecimal[] MAX_POINTS = {new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("25"),
            new BigDecimal("50"), new BigDecimal("100")};
    private static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");

    /**
     * Per trainee: per category the weighted mean of points / max × 100 by item weight, then the
     * weighted mean of the categories by category weight. Every item is graded, so "missing grades
     * count as zero" and "excluded" agree; there are no overrides and nothing is dropped. The
     * result is rounded to 10 places, as the service rounds its exact sums, so that a final grade of
     * exactly 71.045 is not read as 71.04499… after the database's own rounding of the divisions.
     */
    static final String SQL = """
            WITH category_grade AS (
              SELECT g.enrolment_id, i.category_id,
                     SUM(i.weight * CAST(g.points AS DECIMAL(30, 15)) / i.max_points) * 100 / SUM(i.weight) AS pct
              FROM ustoz_manual_grade g
              JOIN ustoz_grade_item i ON i.id = g.item_id
              WHERE i.cohort_id = ?
              GROUP BY g.enrolment_id, i.category_id
            )
            SELECT cg.enrolment_id, ROUND(SUM(c.weight * cg.pct) / SUM(c.weight), 10) AS final_percent
            FROM category_grade cg
            JOIN ustoz_grade_category c ON c.id = cg.category_id
            GROUP BY cg.enrolment_id
            """;

    private GradebookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int trainees = Integer.getInteger("ustoz.bench.trainees", 5000);
        int itemsPerCategory = Integer.getInteger("ustoz.bench.items", 10);
        String kind = System.getProperty("ustoz.test.db", "");
        String base = System.getProperty("ustoz.test.jdbc.url", "");
        String user = System.getProperty("ustoz.test.jdbc.user", "");
        String password = System.getProperty("ustoz.test.jdbc.password", "");
        // a schema (PostgreSQL) or database (MariaDB) of its own, dropped at the end, as the tests do
        String name = "ustoz_bench_" + Long.toString(System.currentTimeMillis(), 36);
        String database;
        DataSource dataSource;
        Runnable close;
        if (kind.isBlank() || kind.equals("h2") || base.isBlank()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:ustoz-bench;DB_CLOSE_DELAY=-1");
            JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
            pool.setMaxConnections(4);
            dataSource = pool;
            database = "H2 (in memory)";
            close = pool::dispose;
        } else {
            String url;
            String drop;
            if (kind.equals("postgresql")) {
                admin(base, user, password, "CREATE SCHEMA " + name);
                url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
                drop = "DROP SCHEMA IF EXISTS " + name + " CASCADE";
            } else if (kind.equals("mariadb")) {
                admin(base, user, password,
                        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                url = base.substring(0, base.lastIndexOf('/')) + "/" + name;
                drop = "DROP DATABASE IF EXISTS " + name;
            } else {
                throw new IllegalStateException("unknown ustoz.test.db: " + kind);
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(4);
            HikariDataSource hikari = new HikariDataSource(config);
            dataSource = hikari;
            database = kind + " (" + url + ")";
            close = () -> {
                hikari.close();
                admin(base, user, password, drop);
            };
        }
        // a tenant of its own, so that a run on a server database does not meet an earlier one
        String tenant = "bench-" + name.substring("ustoz_bench_".length());
        try (Ustoz ustoz = Ustoz.builder()
                .dataSource(dataSource)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .callerContext(CallerContext.of(tenant, "benchmark", ENGLISH))
                .build()) {
            run(ustoz, dataSource, database, trainees, itemsPerCategory);
        } finally {
            close.run();
        }
    }

    private static void run(Ustoz ustoz, DataSource dataSource, String database, int trainees, int itemsPerCategory)
            throws SQLException {
        Courses courses = Courses.of(ustoz);
        Assessments assessments = Assessments.of(ustoz);
        System.out.printf(Locale.ROOT, "Gradebook benchmark on %s: %d trainees x %d items (%d categories x %d)%n",
                database, trainees, CATEGORIES * itemsPerCategory, CATEGORIES, itemsPerCategory);

        long seedStart = System.nanoTime();
        UUID cohortId = cohort(courses, trainees);
        List<UUID> traineeIds = registerAndEnrol(ustoz, courses, cohortId, trainees);
        List<GradeColumn> items = gradebook(assessments, cohortId, itemsPerCategory);
        Random random = new Random(42);
        // the first trainee's grades through the service, the rest by JDBC batches
        for (GradeColumn item : items) {
            assessments.gradebook().record(new RecordGrade(item.itemId(), traineeIds.get(0),
                    points(random, item.maxPoints()), null, null));
        }
        int inserted = insertGrades(dataSource, cohortId, traineeIds.get(0), items, random);
        System.out.printf(Locale.ROOT, "Seeded in %.1f s (%d grades by JDBC batches, %d through the service)%n",
                (System.nanoTime() - seedStart) / 1e9, inserted, items.size());

        Gradebook[] lastBook = new Gradebook[1];
        Timing service = measure(() -> {
            lastBook[0] = assessments.gradebook().gradebook(cohortId);
            return lastBook[0].rows().size();
        });
        @SuppressWarnings("unchecked")
        Map<UUID, BigDecimal>[] lastSql = new Map[1];
        Timing query = measure(() -> {
            lastSql[0] = handWritten(dataSource, cohortId);
            return lastSql[0].size();
        });
        double serviceMs = service.median();
        double sqlMs = query.median();
        System.out.printf(Locale.ROOT, "%d warm-ups, %d timed runs; max heap %d MB%n", WARM_UPS, RUNS,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("  gradebook service:  " + service);
        System.out.println("  hand-written SQL:   " + query);
        System.out.printf(Locale.ROOT, "  ratio service / SQL: median %.2fx, min %.2fx, thread CPU %.2fx%n",
                serviceMs / sqlMs, service.min() / query.min(), service.cpuMs() / query.cpuMs());

        int agree = 0;
        List<String> disagreements = new ArrayList<>();
        for (GradebookRow row : lastBook[0].rows()) {
            BigDecimal sql = lastSql[0].get(row.enrolmentId());
            BigDecimal rounded = sql == null ? null : sql.setScale(2, RoundingMode.HALF_UP);
            if (rounded != null && row.finalPercent() != null && rounded.compareTo(row.finalPercent()) == 0) {
                agree++;
            } else if (disagreements.size() < 5) {
                disagreements.add(row.traineeName() + ": service " + row.finalPercent() + ", SQL " + sql);
            }
        }
        boolean allAgree = agree == lastBook[0].rows().size() && lastSql[0].size() == lastBook[0].rows().size();
        System.out.printf(Locale.ROOT,
                "gradebook service: %.0f ms; hand-written SQL: %.0f ms; ratio %.1fx; %d trainees x %d items;"
                        + " results agree: %s%n",
                serviceMs, sqlMs, serviceMs / sqlMs, lastBook[0].rows().size(), items.size(),
                allAgree ? "yes" : "no (" + agree + " of " + lastBook[0].rows().size() + ")");
        disagreements.forEach(d -> System.out.println("  differs: " + d));
        if (!allAgree) {
            System.exit(1);
        }
    }

    private static void admin(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " at " + url + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- seeding

    private static UUID cohort(Courses courses, int capacity) {
        CourseView draft = courses.catalogue().createCourse(new CreateCourse("BENCH",
                LocalizedText.of(ENGLISH, "Gradebook benchmark"), null, List.of(), new BigDecimal("60")));
        courses.catalogue().addModule(new AddModule(draft.id(), "M1", LocalizedText.of(ENGLISH, "Module 1"), null,
                new BigDecimal("60"), true));
        CourseView course = courses.catalogue().publish(draft.id());
        CohortView cohort = courses.cohorts().schedule(new ScheduleCohort(course.id(), "BENCH-2025", null,
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 15), "Asia/Seoul", DeliveryMode.IN_PERSON,
                new Venue("Training Institute", null, "Sejong", "KR"), null, "en", capacity, null,
                List.of(new Facilitator("Facilitator", null, "Lead")), List.of()));
        return courses.cohorts().openEnrolment(cohort.id()).id();
    }

    private static List<UUID> registerAndEnrol(Ustoz ustoz, Courses courses, UUID cohortId, int trainees) {
        List<UUID> ids = new ArrayList<>();
        for (int from = 0; from < trainees; from += 1000) {
            int to = Math.min(trainees, from + 1000);
            int start = from;
            List<UUID> chunk = ustoz.inTransaction(() -> {
                List<UUID> out = new ArrayList<>();
                for (int i = start; i < to; i++) {
                    out.add(courses.trainees().register(new RegisterTrainee(String.format("Teacher %05d", i), null,
                            "teacher" + i + "@bench.example", "TJ", null, null, List.of(), List.of("tg"), null))
                            .id());
                }
                return out;
            });
            courses.enrolments().enrolAll(new EnrolMany(cohortId, chunk));
            ids.addAll(chunk);
        }
        return ids;
    }

    private static List<GradeColumn> gradebook(Assessments assessments, UUID cohortId, int itemsPerCategory) {
        assessments.gradebook().configure(new ConfigureGradebook(cohortId, MissingGrades.ZERO,
                List.of(ScaleBand.of("90", "A"), ScaleBand.of("80", "B"), ScaleBand.of("70", "C"),
                        ScaleBand.of("60", "D"), ScaleBand.of("0", "F")), new BigDecimal("60")));
        List<GradeColumn> items = new ArrayList<>();
        for (int c = 0; c < CATEGORIES; c++) {
            CategoryColumn category = assessments.gradebook().addCategory(new AddGradeCategory(cohortId, "cat" + c,
                    LocalizedText.of(ENGLISH, "Category " + c), CATEGORY_WEIGHTS[c % CATEGORY_WEIGHTS.length],
                    Aggregation.WEIGHTED_MEAN, 0));
            for (int i = 0; i < itemsPerCategory; i++) {
                items.add(assessments.gradebook().addItem(new AddGradeItem(category.categoryId(), "item" + c + "-" + i,
                        LocalizedText.of(ENGLISH, "Item " + c + "." + i), null,
                        MAX_POINTS[(c + i) % MAX_POINTS.length], BigDecimal.valueOf(1 + (i % 3)), null)));
            }
        }
        return items;
    }

    /** Points from 30 % to 100 % of the maximum, 2 decimals. */
    private static BigDecimal points(Random random, BigDecimal max) {
        double share = 0.3 + 0.7 * random.nextDouble();
        return max.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }

    private static int insertGrades(DataSource dataSource, UUID cohortId, UUID skipTrainee, List<GradeColumn> items,
            Random random) throws SQLException {
        OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
        int count = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<UUID> enrolments = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id FROM ustoz_enrolment WHERE cohort_id = ? AND trainee_id <> ? ORDER BY id")) {
                q.setObject(1, cohortId);
                q.setObject(2, skipTrainee);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        enrolments.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ustoz_manual_grade (id, version,"
                    + " created_at, updated_at, item_id, enrolment_id, points, graded_by, graded_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, 'benchmark', ?)")) {
                for (UUID enrolment : enrolments) {
                    for (GradeColumn item : items) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, at);
                        insert.setObject(3, at);
                        insert.setObject(4, item.itemId());
                        insert.setObject(5, enrolment);
                        insert.setBigDecimal(6, points(random, item.maxPoints()));
                        insert.setObject(7, at);
                        insert.addBatch();
                        if (++count % 5000 == 0) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            try (Statement analyze = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                    analyze.execute("ANALYZE");
                } else if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                    analyze.execute("ANALYZE ustoz_manual_grade");
                } else {
                    analyze.execute("ANALYZE TABLE ustoz_manual_grade");
                }
                c.commit();
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- measuring

    private static Map<UUID, BigDecimal> handWritten(DataSource dataSource, UUID cohortId) {
        Map<UUID, BigDecimal> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL)) {
            q.setObject(1, cohortId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Times of the runs in milliseconds, sorted; the median CPU time of the calling thread per run in
     * milliseconds (less disturbed than the wall time on a busy machine; on H2 the database works on the
     * calling thread too); and the median bytes allocated by the calling thread per run.
     */
    record Timing(double[] ms, double cpuMs, long allocatedBytes) {

        double min() {
            return ms[0];
        }

        double median() {
            return ms[ms.length / 2];
        }

        double max() {
            return ms[ms.length - 1];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "min %.0f ms, median %.0f ms, max %.0f ms; thread CPU %.0f ms; allocated %.1f MB per call",
                    min(), median(), max(), cpuMs, allocatedBytes / 1e6);
        }
    }

    /**
     * Warms up, then times {@link #RUNS} runs. Allocation is what the calling thread allocates
     * ({@code com.sun.management.ThreadMXBean}); the gradebook is computed on the caller's thread.
     */
    private static Timing measure(Supplier<Integer> work) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < WARM_UPS; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        long[] bytes = new long[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long allocated = threads.getThreadAllocatedBytes(thread);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            bytes[i] = threads.getThreadAllocatedBytes(thread) - allocated;
        }
        Arrays.sort(ms);
        Arrays.sort(bytes);
        Arrays.sort(cpu);
        return new Timing(ms, cpu[RUNS / 2], bytes[RUNS / 2]);
    }
}
