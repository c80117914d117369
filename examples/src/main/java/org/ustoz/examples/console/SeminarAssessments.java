package org.ustoz.examples.console;

import static java.util.Locale.ENGLISH;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.ustoz.assessments.Assessments;
import org.ustoz.assessments.analytics.CategoryGain;
import org.ustoz.assessments.analytics.ItemAnalysisReport;
import org.ustoz.assessments.analytics.ItemStatistic;
import org.ustoz.assessments.analytics.LearningGainReport;
import org.ustoz.assessments.analytics.TraineeGain;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.CreateAssessment;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.assessment.ItemSpec;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.gradebook.AddGradeCategory;
import org.ustoz.assessments.gradebook.AddGradeItem;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.CategoryGrade;
import org.ustoz.assessments.gradebook.ConfigureGradebook;
import org.ustoz.assessments.gradebook.GradeCell;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.gradebook.GradebookRow;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.RecordGrade;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.grading.CreateRubric;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.CreateCategory;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.examples.seminar.SeminarQuestions;
import org.ustoz.courses.attendance.AttendanceSheetLine;

/**
 * The assessments of the seminar: a question bank of ten questions on digital education, a pre-test
 * on the first morning and a post-test in the last session, a lesson-plan project graded with a
 * rubric, the cohort's gradebook, its learning gain and the post-test's item analysis.
 *
 * <p>The teachers' responses are chosen by a pseudo-random generator with a fixed seed: each teacher
 * has an ability, each question a difficulty, and the two weeks of the seminar add to every ability.
 * The attempts' own seeds (which shuffle questions and choices) are random, so nothing printed here
 * depends on them.
 */
final class SeminarAssessments {

    private static final long SEED = 20250804L;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", ENGLISH);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale TAJIK = Locale.forLanguageTag("tg");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PASS_MARK = new BigDecimal("60");
    /** How hard the pre-test is for the teachers on the first morning (in logits). */
    private static final double BEFORE = -0.6;
    /** Where the teachers are after the two weeks (in logits). */
    private static final double AFTER = 1.2;
    /** The teacher (by position in the roster) who already knows everything on the first morning. */
    private static final int CHAMPION = 7;
    /** The teacher who missed a third of the sessions (first in the roster, as in the attendance). */
    private static final int ABSENTEE = 0;

    private final PrintStream out;
    private final Assessments assessments;
    private final DemoClock clock;

    private final List<BankQuestion> questions = new ArrayList<>();
    private final Map<String, CategoryView> categories = new LinkedHashMap<>();
    private UUID cohortId;
    private List<AttendanceSheetLine> trainees;
    private double[] ability;
    private AssessmentView preTest;
    private AssessmentView postTest;
    private RubricView rubric;
    private GradeColumn postTestColumn;
    private GradeColumn projectColumn;

    /** A question of the bank, with the right response and some wrong or partly right ones. */
    private record BankQuestion(String code, String category, String type, QuestionContent content, BigDecimal points,
                                double difficulty, Response right, List<Response> wrong, UUID[] id) {

        UUID questionId() {
            return id[0];
        }
    }

    SeminarAssessments(PrintStream out, Assessments assessments, DemoClock clock) {
        this.out = out;
        this.assessments = assessments;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- 8a. bank, tests, gradebook

    /** Before the seminar: the bank, the two tests, the rubric and the gradebook's columns. */
    void prepare(UUID cohortId, List<AttendanceSheetLine> trainees) {
        this.cohortId = cohortId;
        this.trainees = List.copyOf(trainees);
        this.ability = abilities(trainees.size());
        heading("8a. Question bank, pre-test and post-test");
        category("digital-tools", "Digital tools in the classroom", "Цифровые инструменты на уроке",
                "Асбобҳои рақамӣ дар дарс");
        category("pedagogy", "Digital pedagogy and assessment", "Цифровая педагогика и оценивание",
                "Педагогикаи рақамӣ ва арзёбӣ");
        defineQuestions();
        for (BankQuestion q : questions) {
            QuestionView view = assessments.bank().addQuestion(new AddQuestion(categories.get(q.category()).id(),
                    q.code(), q.type(), q.content(), q.points(), Set.of("seminar-2025"), null));
            q.id()[0] = view.id();
        }
        TextTable table = new TextTable("#", "Code", "Category", "Type", "Points", "Question (en)").alignRight(0, 4);
        int n = 1;
        for (BankQuestion q : questions) {
            table.row(n++, q.code(), q.category(), q.type(), plain(q.points()), shorten(q.content().stem().get(ENGLISH), 58));
        }
        table.print(out);
        BankQuestion sample = questions.get(5);
        out.println();
        out.println("  Question " + sample.code() + " in the teachers' languages:");
        out.println("    ru: " + sample.content().stem().get(RUSSIAN));
        out.println("    tg: " + sample.content().stem().get(TAJIK));

        preTest = createTest("DIGI-PRE", "Pre-test: digital education", "Входной тест: цифровое образование",
                AssessmentKind.PRE_TEST, ZonedDateTime.of(2025, 8, 4, 8, 0, 0, 0, SEOUL));
        postTest = createTest("DIGI-POST", "Post-test: digital education", "Итоговый тест: цифровое образование",
                AssessmentKind.POST_TEST, ZonedDateTime.of(2025, 8, 15, 15, 30, 0, 0, SEOUL));
        out.println();
        TextTable tests = new TextTable("Test", "Kind", "Opens (Seoul)", "Closes (Seoul)", "Limit", "Max", "Pass %")
                .alignRight(4, 5, 6);
        for (AssessmentView a : List.of(preTest, postTest)) {
            tests.row(a.code(), a.kind(), DAY_TIME.format(a.opensAt().atZone(SEOUL)),
                    DAY_TIME.format(a.closesAt().atZone(SEOUL)), a.timeLimit().toMinutes() + " min",
                    plain(a.maxPoints()), plain(a.passPercent()));
        }
        tests.print(out);
        out.println("  Both tests hold the same " + questions.size() + " questions, shuffled per attempt; "
                + "one attempt each.");
        setUpGradebook();
    }

    private void category(String code, String english, String russian, String tajik) {
        categories.put(code, assessments.bank().createCategory(new CreateCategory(code,
                text(english, russian, tajik), null)));
    }

    private AssessmentView createTest(String code, String english, String russian, AssessmentKind kind,
            ZonedDateTime opens) {
        List<ItemSpec> items = questions.stream().map(q -> ItemSpec.of(q.questionId())).toList();
        return assessments.assessments().create(new CreateAssessment(cohortId, null, code,
                LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).build(), kind,
                opens.toInstant(), opens.plusHours(1).toInstant(), Duration.ofMinutes(30), Duration.ofMinutes(2), 1,
                GradingMethod.HIGHEST, PASS_MARK, true, true, items));
    }

    /** Categories "tests" (40: the post-test) and "project" (60: the lesson plan, graded with a rubric). */
    private void setUpGradebook() {
        assessments.gradebook().configure(new ConfigureGradebook(cohortId, MissingGrades.ZERO,
                List.of(ScaleBand.of("90", "A"), ScaleBand.of("80", "B"), ScaleBand.of("70", "C"),
                        ScaleBand.of("60", "D"), ScaleBand.of("0", "F")), PASS_MARK));
        CategoryColumn tests = assessments.gradebook().addCategory(new AddGradeCategory(cohortId, "tests",
                text("Tests", "Тесты", "Тестҳо"), new BigDecimal("40"), Aggregation.WEIGHTED_MEAN, 0));
        CategoryColumn project = assessments.gradebook().addCategory(new AddGradeCategory(cohortId, "project",
                text("Project", "Проект", "Лоиҳа"), new BigDecimal("60"), Aggregation.WEIGHTED_MEAN, 0));
        rubric = assessments.grading().createRubric(new CreateRubric(
                text("Digital lesson plan", "Цифровой план урока", "Нақшаи дарси рақамӣ"),
                List.of(criterion("objectives", "Clear learning objectives", "Ясные цели обучения"),
                        criterion("tools", "Purposeful use of digital tools", "Осмысленное использование цифровых инструментов"),
                        criterion("assessment", "Assessment and feedback", "Оценивание и обратная связь"))));
        postTestColumn = assessments.gradebook().addItem(new AddGradeItem(tests.categoryId(), "post-test",
                text("Post-test", "Итоговый тест", "Санҷиши ниҳоӣ"), postTest.id(), null, BigDecimal.ONE, null));
        projectColumn = assessments.gradebook().addItem(new AddGradeItem(project.categoryId(), "lesson-plan",
                text("Lesson plan", "План урока", "Нақшаи дарс"), null, rubric.maxPoints(), BigDecimal.ONE,
                rubric.id()));
    }

    private static RubricCriterion criterion(String key, String english, String russian) {
        return new RubricCriterion(key, LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).build(),
                List.of(RubricLevel.of("beginning", LocalizedText.of(ENGLISH, "Beginning"), "1"),
                        RubricLevel.of("developing", LocalizedText.of(ENGLISH, "Developing"), "2"),
                        RubricLevel.of("proficient", LocalizedText.of(ENGLISH, "Proficient"), "3"),
                        RubricLevel.of("exemplary", LocalizedText.of(ENGLISH, "Exemplary"), "4")));
    }

    // ---------------------------------------------------------------- 8b. the pre-test

    /** The first morning, before the first session: every teacher takes the pre-test. */
    void runPreTest() {
        ZonedDateTime start = ZonedDateTime.of(2025, 8, 4, 8, 5, 0, 0, SEOUL);
        heading("8b. Pre-test, " + DAY_TIME.format(start) + " in Seoul, before the first session");
        List<AttemptView> attempts = takeTest(preTest, start, BEFORE);
        summarise(attempts);
    }

    // ---------------------------------------------------------------- 9a. the post-test

    /** The last afternoon: the post-test, then the lesson plans are graded. */
    void runPostTestAndProject() {
        ZonedDateTime start = ZonedDateTime.of(2025, 8, 15, 15, 35, 0, 0, SEOUL);
        heading("9a. Post-test, " + DAY_TIME.format(start) + " in Seoul, in the last session");
        summarise(takeTest(postTest, start, AFTER));
        gradeLessonPlans(start.plusMinutes(40));
    }

    /** Every teacher starts, answers and submits; returns the graded attempts in roster order. */
    private List<AttemptView> takeTest(AssessmentView test, ZonedDateTime start, double effect) {
        Random random = new Random(SEED + test.kind().ordinal());
        clock.set(start.toInstant());
        List<UUID> attemptIds = new ArrayList<>();
        for (AttendanceSheetLine t : trainees) {
            attemptIds.add(assessments.attempts().start(new StartAttempt(test.id(), t.traineeId())).id());
        }
        clock.set(start.plusMinutes(20).toInstant());
        List<AttemptView> graded = new ArrayList<>();
        for (int i = 0; i < trainees.size(); i++) {
            List<AnswerLine> lines = new ArrayList<>();
            for (BankQuestion q : questions) {
                double p = i == CHAMPION ? 1.0 : logistic(ability[i] + effect - q.difficulty());
                boolean right = random.nextDouble() < p;
                Response wrong = q.wrong().get(random.nextInt(q.wrong().size()));
                lines.add(new AnswerLine(q.questionId(), right ? q.right() : wrong));
            }
            graded.add(assessments.attempts().submit(new SaveResponses(attemptIds.get(i), lines)));
        }
        return graded;
    }

    private void summarise(List<AttemptView> attempts) {
        List<BigDecimal> percents = attempts.stream().map(AttemptView::percent).sorted().toList();
        long passed = attempts.stream().filter(a -> Boolean.TRUE.equals(a.passed())).count();
        out.println("  " + attempts.size() + " teachers started, answered and submitted; all graded at once.");
        fact("Mean", mean(percents) + " %");
        fact("Median", percents.get(percents.size() / 2 - 1).add(percents.get(percents.size() / 2))
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) + " %");
        fact("Lowest/highest", percents.get(0) + " % / " + percents.get(percents.size() - 1) + " %");
        fact("Passed (60 %)", passed + " of " + attempts.size());
        TextTable table = new TextTable("Name", "Points", "Percent", "Passed").alignRight(1, 2);
        for (int i = 0; i < 4; i++) {
            AttemptView a = attempts.get(i);
            table.row(trainees.get(i).fullName(), plain(a.points()) + "/" + plain(a.maxPoints()), a.percent(),
                    a.passed() ? "yes" : "no");
        }
        AttemptView champion = attempts.get(CHAMPION);
        table.row(trainees.get(CHAMPION).fullName(), plain(champion.points()) + "/" + plain(champion.maxPoints()),
                champion.percent(), champion.passed() ? "yes" : "no");
        out.println();
        table.print(out);
    }

    // ---------------------------------------------------------------- 9b. the lesson plans

    private void gradeLessonPlans(ZonedDateTime at) {
        clock.set(at.toInstant());
        heading("9b. Lesson-plan project, graded with a rubric");
        TextTable criteria = new TextTable("Criterion", "Beginning", "Developing", "Proficient", "Exemplary")
                .alignRight(1, 2, 3, 4);
        for (RubricCriterion c : rubric.criteria()) {
            criteria.row(c.title().get(ENGLISH), plain(c.levels().get(0).points()), plain(c.levels().get(1).points()),
                    plain(c.levels().get(2).points()), plain(c.levels().get(3).points()));
        }
        criteria.print(out);
        out.println("  Three criteria, four levels each: at most " + plain(rubric.maxPoints())
                + " points, the item's maximum in the gradebook.");
        Random random = new Random(SEED + 100);
        String[] levels = {"beginning", "developing", "proficient", "exemplary"};
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < trainees.size(); i++) {
            List<RubricScore> scores = new ArrayList<>();
            for (RubricCriterion c : rubric.criteria()) {
                int level;
                if (i == ABSENTEE) {
                    level = 0; // handed in an unfinished plan
                } else {
                    double r = random.nextDouble();
                    level = r < 0.3 + 0.15 * ability[i] ? 3 : r > 0.85 ? 1 : 2;
                }
                scores.add(RubricScore.of(c.key(), levels[level]));
                counts.merge((level + 1) + " " + levels[level], 1, Integer::sum);
            }
            assessments.gradebook().record(new RecordGrade(projectColumn.itemId(), trainees.get(i).traineeId(), null,
                    scores, null));
        }
        out.println();
        TextTable spread = new TextTable("Level", "Criteria graded").alignRight(1);
        counts.forEach(spread::row);
        spread.print(out);
        out.println("  Recorded " + trainees.size() + " lesson plans at " + DAY_TIME.format(at) + " in Seoul.");
    }

    // ---------------------------------------------------------------- 9c. the gradebook

    void printGradebook() {
        Gradebook book = assessments.gradebook().gradebook(cohortId);
        heading("9c. Gradebook: tests 40 (post-test), project 60 (lesson plan); pass mark "
                + plain(book.passPercent()) + " %");
        Map<UUID, String> categoryCodes = new LinkedHashMap<>();
        book.categories().forEach(c -> categoryCodes.put(c.categoryId(), c.code()));
        TextTable table = new TextTable("Name", "Post-test", "Lesson plan", "Tests %", "Project %", "Final %",
                "Letter", "Passed").alignRight(1, 2, 3, 4, 5);
        for (GradebookRow row : book.rows().subList(0, 10)) {
            table.row(row.traineeName(), cell(row, postTestColumn), cell(row, projectColumn),
                    category(row, categoryCodes, "tests"), category(row, categoryCodes, "project"),
                    row.finalPercent(), row.letter(), Boolean.TRUE.equals(row.passed()) ? "yes" : "no");
        }
        table.print(out);
        out.println("  … and " + (book.rows().size() - 10) + " more.");
        Map<String, Integer> letters = new TreeMap<>();
        book.rows().forEach(r -> letters.merge(r.letter(), 1, Integer::sum));
        long passed = book.rows().stream().filter(r -> Boolean.TRUE.equals(r.passed())).count();
        out.println();
        fact("Teachers", book.rows().size());
        fact("Mean final", mean(book.rows().stream().map(GradebookRow::finalPercent).toList()) + " %");
        fact("Letters", String.join(", ", letters.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .toList()));
        fact("Passed", passed + ", failed " + (book.rows().size() - passed));
    }

    private static String cell(GradebookRow row, GradeColumn column) {
        for (GradeCell c : row.cells()) {
            if (c.itemId().equals(column.itemId())) {
                return c.points() == null ? "—" : plain(c.points()) + "/" + plain(c.maxPoints());
            }
        }
        return "—";
    }

    private static BigDecimal category(GradebookRow row, Map<UUID, String> codes, String code) {
        for (CategoryGrade g : row.categories()) {
            if (code.equals(codes.get(g.categoryId()))) {
                return g.percent();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- 9d. learning gain

    void printLearningGain() {
        LearningGainReport gain = assessments.analytics().learningGain(preTest.id(), postTest.id());
        heading("9d. Learning gain from the pre-test to the post-test");
        fact("Counted", gain.counted() + " teachers with both tests, " + (gain.counted() - gain.undefinedFor().size())
                + " defined gains");
        fact("Mean gain", gain.averageGain() + " (average of the teachers' normalised gains)");
        fact("Hake's <g>", gain.gainOfAverages() + " (gain of the cohort's average percentages)");
        fact("Undefined for", gain.undefinedFor().isEmpty() ? "nobody" : String.join(", ", gain.undefinedFor())
                + " (100 % on the pre-test)");
        out.println();
        TextTable categoryTable = new TextTable("Category", "Name", "Pre %", "Post %", "Gain").alignRight(2, 3, 4);
        for (CategoryGain c : gain.categories()) {
            categoryTable.row(c.code(), c.name().get(ENGLISH), c.prePercent(), c.postPercent(), c.gain());
        }
        categoryTable.print(out);
        out.println();
        TextTable trainees = new TextTable("Name", "Pre %", "Post %", "Gain").alignRight(1, 2, 3);
        for (TraineeGain t : gain.trainees().subList(0, 4)) {
            trainees.row(t.traineeName(), t.prePercent(), t.postPercent(), t.undefined() ? "undefined" : t.gain());
        }
        gain.trainees().stream().filter(TraineeGain::undefined).forEach(t ->
                trainees.row(t.traineeName(), t.prePercent(), t.postPercent(), "undefined"));
        trainees.print(out);
    }

    // ---------------------------------------------------------------- 9e. item analysis

    void printItemAnalysis() {
        ItemAnalysisReport report = assessments.analytics().itemAnalysis(postTest.id());
        heading("9e. Item analysis of the post-test");
        out.println("  " + report.trainees() + " first attempts; Cronbach's alpha " + report.cronbachAlpha() + ".");
        out.println();
        TextTable table = new TextTable("Slot", "Code", "Difficulty", "Point-biserial", "Upper-lower", "Flags")
                .alignRight(0, 2, 3, 4);
        for (ItemStatistic s : report.items()) {
            table.row(s.slot(), questions.get(s.slot() - 1).code(), s.difficulty(), s.pointBiserial(), s.upperLower(),
                    flags(s));
        }
        table.print(out);
        out.println("  Flags: too easy at difficulty 0.90 or more, weak below 0.20 point-biserial.");
    }

    private static String flags(ItemStatistic s) {
        List<String> flags = new ArrayList<>();
        if (s.allRight()) {
            flags.add("all right");
        }
        if (s.allWrong()) {
            flags.add("all wrong");
        }
        if (!s.allRight() && s.difficulty().compareTo(new BigDecimal("0.90")) >= 0) {
            flags.add("too easy");
        }
        if (s.difficulty().compareTo(new BigDecimal("0.30")) <= 0 && !s.allWrong()) {
            flags.add("hard");
        }
        if (s.pointBiserial() == null) {
            flags.add("no discrimination");
        } else if (s.pointBiserial().compareTo(new BigDecimal("0.20")) < 0) {
            flags.add("weak");
        }
        return flags.isEmpty() ? null : String.join(", ", flags);
    }

    // ---------------------------------------------------------------- the questions

    private void defineQuestions() {
        for (SeminarQuestions.Question q : SeminarQuestions.digitalEducation()) {
            questions.add(new BankQuestion(q.code(), q.category(), q.type(), q.content(), q.points(), q.difficulty(),
                    q.right(), q.wrong(), new UUID[1]));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Abilities in logits around 0, the same on every run; the absentee is the weakest. */
    private static double[] abilities(int n) {
        Random random = new Random(SEED);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextGaussian() * 0.8;
        }
        a[ABSENTEE] = -1.2;
        return a;
    }

    private static double logistic(double x) {
        return 1 / (1 + StrictMath.exp(-x)); // StrictMath: the same on every JVM
    }

    private static LocalizedText text(String english, String russian, String tajik) {
        return LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).put(TAJIK, tajik).build();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private void heading(String text) {
        out.println();
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    private void fact(String label, Object value) {
        out.printf("  %-15s %s%n", label, value);
    }
}
