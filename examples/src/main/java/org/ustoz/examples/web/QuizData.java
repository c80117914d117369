package org.ustoz.examples.web;

import static java.util.Locale.ENGLISH;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ustoz.assessments.Assessments;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.CreateAssessment;
import org.ustoz.assessments.assessment.GradingMethod;
import org.ustoz.assessments.assessment.ItemSpec;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.gradebook.AddGradeCategory;
import org.ustoz.assessments.gradebook.AddGradeItem;
import org.ustoz.assessments.gradebook.Aggregation;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.ConfigureGradebook;
import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.ScaleBand;
import org.ustoz.assessments.grading.CreateRubric;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.CreateCategory;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.examples.seminar.SeminarQuestions;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.Courses;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.enrolment.RosterEntry;
import org.ustoz.courses.enrolment.RosterQuery;

/**
 * The assessments of the open Sejong cohort, seeded once with the seminar (see {@link DemoData}): a question
 * bank of eight questions (one of each built-in type, the essay with a three-criterion rubric), a pre-test
 * (taken on the first morning by 24 of the 28 trainees), a post-test (taken by 22 of them), an open formative
 * quiz that anyone enrolled can take (three attempts, open from a year ago to a year ahead, so whatever the
 * clock) with eighteen submitted attempts, twelve of whose essays are graded with the rubric and six wait in
 * the grading queue, and the cohort's gradebook
 * (tests 60 %, quizzes 40 %, letters A–F, pass mark 60 %).
 *
 * <p>The responses come from a pseudo-random generator with a fixed seed: each trainee has an ability, each
 * question a difficulty, and the seminar adds to every ability between the two tests. The trainee at roster
 * position {@value #CHAMPION} answers everything right on the pre-test, so the learning gain names one
 * trainee whose gain is undefined.
 */
final class QuizData {

    static final String PRE_TEST = "DIGI-PRE";
    static final String POST_TEST = "DIGI-POST";
    static final String QUIZ = "DIGI-QUIZ";
    /** Trainees (by roster position) who took the pre-test, the post-test, and the quiz with an essay. */
    static final int PRE_TAKERS = 24;
    static final int POST_TAKERS = 22;
    static final int QUIZ_TAKERS = 18;
    /** Quiz takers whose essays stay in the grading queue (the first ones); the others' are graded. */
    static final int UNGRADED_ESSAYS = 6;
    static final int CHAMPION = 7;

    private static final long SEED = 20250804L;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale TAJIK = Locale.forLanguageTag("tg");
    private static final BigDecimal PASS = new BigDecimal("60");

    private final Courses courses;
    private final Assessments assessments;
    private final Clock clock;
    private final List<SeedQuestion> questions = new ArrayList<>();

    /** A question of the bank with its right response and wrong ones; id once added. */
    private static final class SeedQuestion {
        final String code;
        final String type;
        final QuestionContent content;
        final int points;
        final double difficulty;
        final Response right;
        final List<Response> wrong;
        UUID id;

        SeedQuestion(String code, String type, QuestionContent content, int points, double difficulty, Response right,
                List<Response> wrong) {
            this.code = code;
            this.type = type;
            this.content = content;
            this.points = points;
            this.difficulty = difficulty;
            this.right = right;
            this.wrong = wrong;
        }
    }

    QuizData(Courses courses, Assessments assessments, Clock clock) {
        this.courses = courses;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The trainees of a cohort who can take its assessments, in roster order. */
    static List<RosterEntry> enrolled(Courses courses, UUID cohortId) {
        return courses.enrolments().roster(new RosterQuery(cohortId, EnumSet.of(EnrolmentStatus.ENROLLED),
                PageRequest.first(PageRequest.MAX_SIZE))).items();
    }

    void seed(UUID cohortId, LocalDate firstDay, LocalDate lastDay) {
        List<UUID> trainees = enrolled(courses, cohortId).stream().map(RosterEntry::traineeId).toList();
        CategoryView tools = assessments.bank().createCategory(new CreateCategory("digital-tools",
                text("Digital tools in the classroom", "Цифровые инструменты на уроке", "Асбобҳои рақамӣ дар дарс"),
                null));
        CategoryView pedagogy = assessments.bank().createCategory(new CreateCategory("pedagogy",
                text("Digital pedagogy and assessment", "Цифровая педагогика и оценивание",
                        "Педагогикаи рақамӣ ва арзёбӣ"), null));
        RubricView rubric = assessments.grading().createRubric(new CreateRubric(
                text("Reflection on a digital lesson", "Рефлексия о цифровом уроке", "Мулоҳиза дар бораи дарси рақамӣ"),
                List.of(criterion("purpose", "Purpose of the tool", "Цель инструмента", "Мақсади асбоб"),
                        criterion("evidence", "Evidence of learning", "Свидетельства обучения", "Далели омӯзиш"),
                        criterion("next", "Next steps", "Следующие шаги", "Қадамҳои навбатӣ"))));
        defineQuestions();
        for (SeedQuestion q : questions) {
            UUID category = q.code.startsWith("DT-") ? tools.id() : pedagogy.id();
            q.id = assessments.bank().addQuestion(new AddQuestion(category, q.code, q.type, q.content,
                    BigDecimal.valueOf(q.points), Set.of("sejong"), null)).id();
        }
        List<ItemSpec> tests = new ArrayList<>();
        List<ItemSpec> quiz = new ArrayList<>();
        for (SeedQuestion q : questions) {
            if (q.type.equals(QuestionTypes.ESSAY)) {
                quiz.add(new ItemSpec(q.id, rubric.maxPoints(), rubric.id()));
            } else {
                tests.add(ItemSpec.of(q.id));
                quiz.add(ItemSpec.of(q.id));
            }
        }
        Instant now = clock.instant();
        Instant firstMorning = ZonedDateTime.of(firstDay, LocalTime.of(8, 0), SEOUL).toInstant();
        // the pre-test is taken now (the clock is the system's), then its window is put back to the first morning
        AssessmentView pre = assessments.assessments().create(new CreateAssessment(cohortId, null, PRE_TEST,
                text("Pre-test: digital education", "Входной тест: цифровое образование",
                        "Санҷиши ибтидоӣ: маорифи рақамӣ"), AssessmentKind.PRE_TEST,
                min(firstMorning, now.minusSeconds(60)), now.plus(Duration.ofHours(1)), Duration.ofMinutes(30),
                Duration.ofMinutes(2), 1, GradingMethod.HIGHEST, PASS, true, true, tests));
        AssessmentView post = assessments.assessments().create(new CreateAssessment(cohortId, null, POST_TEST,
                text("Post-test: digital education", "Итоговый тест: цифровое образование",
                        "Санҷиши ниҳоӣ: маорифи рақамӣ"), AssessmentKind.POST_TEST,
                now.minus(Duration.ofHours(1)),
                max(ZonedDateTime.of(lastDay, LocalTime.of(17, 0), SEOUL).toInstant(), now.plus(Duration.ofDays(1))),
                Duration.ofMinutes(30), Duration.ofMinutes(2), 1, GradingMethod.HIGHEST, PASS, true, true, tests));
        AssessmentView formative = assessments.assessments().create(new CreateAssessment(cohortId, null, QUIZ,
                text("Formative quiz: digital classroom", "Формирующий тест: цифровой класс",
                        "Санҷиши ташаккулдиҳанда: синфи рақамӣ"), AssessmentKind.FORMATIVE_QUIZ,
                now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)), null, null, 3,
                GradingMethod.HIGHEST, PASS, false, false, quiz));
        double[] ability = abilities(trainees.size());
        take(pre, trainees.subList(0, Math.min(PRE_TAKERS, trainees.size())), ability, -0.6, false, true);
        take(post, trainees.subList(0, Math.min(POST_TAKERS, trainees.size())), ability, 1.2, false, false);
        List<UUID> quizAttempts = take(formative, trainees.subList(0, Math.min(QUIZ_TAKERS, trainees.size())),
                ability, 0.4, true, false);
        UUID essay = questions.stream().filter(q -> q.type.equals(QuestionTypes.ESSAY)).findFirst().orElseThrow().id;
        List<String> levels = List.of("beginning", "developing", "proficient", "exemplary");
        for (int i = UNGRADED_ESSAYS; i < quizAttempts.size(); i++) {
            List<RubricScore> scores = new ArrayList<>();
            int k = 0;
            for (String criterion : List.of("purpose", "evidence", "next")) {
                int level = (int) Math.max(0, Math.min(3, Math.round(1.5 + ability[i] + (k++ - 1) * 0.5)));
                scores.add(RubricScore.of(criterion, levels.get(level)));
            }
            UUID attempt = quizAttempts.get(i);
            long version = assessments.attempts().get(attempt).questions().stream()
                    .filter(q -> q.questionId().equals(essay)).findFirst().orElseThrow().answerVersion();
            assessments.grading().grade(new GradeAnswer(attempt, essay, version, null, scores,
                    "Graded with the reflection rubric."));
        }
        assessments.assessments().reschedule(pre.id(), min(firstMorning, now.minusSeconds(60)),
                min(firstMorning.plus(Duration.ofHours(1)), now));
        gradebook(cohortId, post, formative);
    }

    private void gradebook(UUID cohortId, AssessmentView post, AssessmentView quiz) {
        assessments.gradebook().configure(new ConfigureGradebook(cohortId, MissingGrades.ZERO,
                List.of(ScaleBand.of("90", "A"), ScaleBand.of("80", "B"), ScaleBand.of("70", "C"),
                        ScaleBand.of("60", "D"), ScaleBand.of("0", "F")), PASS));
        CategoryColumn testsColumn = assessments.gradebook().addCategory(new AddGradeCategory(cohortId, "tests",
                text("Tests", "Тесты", "Тестҳо"), new BigDecimal("60"), Aggregation.WEIGHTED_MEAN, 0));
        CategoryColumn quizzes = assessments.gradebook().addCategory(new AddGradeCategory(cohortId, "quizzes",
                text("Quizzes", "Формирующие тесты", "Санҷишҳои ташаккулдиҳанда"), new BigDecimal("40"),
                Aggregation.WEIGHTED_MEAN, 0));
        assessments.gradebook().addItem(new AddGradeItem(testsColumn.categoryId(), "post-test",
                text("Post-test", "Итоговый тест", "Санҷиши ниҳоӣ"), post.id(), null, BigDecimal.ONE, null));
        assessments.gradebook().addItem(new AddGradeItem(quizzes.categoryId(), "quiz",
                text("Formative quiz", "Формирующий тест", "Санҷиши ташаккулдиҳанда"), quiz.id(), null,
                BigDecimal.ONE, null));
    }

    /** Each trainee starts, answers every question and submits; returns the attempts. */
    private List<UUID> take(AssessmentView test, List<UUID> trainees, double[] ability, double effect, boolean essays,
            boolean champion) {
        Random random = new Random(SEED + test.kind().ordinal());
        List<UUID> attempts = new ArrayList<>();
        for (int i = 0; i < trainees.size(); i++) {
            UUID attempt = assessments.attempts().start(new StartAttempt(test.id(), trainees.get(i))).id();
            attempts.add(attempt);
            List<AnswerLine> lines = new ArrayList<>();
            for (SeedQuestion q : questions) {
                if (q.type.equals(QuestionTypes.ESSAY)) {
                    if (essays) {
                        lines.add(new AnswerLine(q.id, ESSAYS.get(i % ESSAYS.size())));
                    }
                    continue;
                }
                double p = champion && i == CHAMPION ? 1.0 : logistic(ability[i] + effect - q.difficulty);
                boolean right = random.nextDouble() < p;
                Response wrong = q.wrong.get(random.nextInt(q.wrong.size()));
                lines.add(new AnswerLine(q.id, right ? q.right : wrong));
            }
            assessments.attempts().submit(new SaveResponses(attempt, lines));
        }
        return attempts;
    }

    private static final List<Response> ESSAYS = List.of(
            Response.text("I used an online quiz at the start of a lesson on fractions. The results showed that half"
                    + " of the class confused numerator and denominator, so I regrouped the pupils and the next"
                    + " quiz was better. Next time I will add short feedback to each question."),
            Response.text("Мы использовали облачный документ для совместного конспекта. Ученики писали вопросы,"
                    + " и я видел, что непонятно. В следующий раз добавлю критерии оценивания."),
            Response.text("Ман видеоро барои хонандагон дар хона гузоштам ва дар синф санҷиши кӯтоҳ гузарондам."),
            Response.text("A class blog let pupils publish their science projects; parents commented."));

    private void defineQuestions() {
        // seven of the console demo's questions, one of each objective type, and an essay
        for (String code : List.of("DT-LMS", "DT-CLOUD", "DT-PASSWORD", "DT-ACRONYM", "DT-PERCENT", "PD-SAMR",
                "PD-FLIPPED")) {
            SeminarQuestions.Question q = SeminarQuestions.byCode(code);
            add(q.code(), q.type(), q.points().intValue(), q.difficulty(), q.content(), q.right(),
                    q.wrong().toArray(Response[]::new));
        }
        add("PD-REFLECT", QuestionTypes.ESSAY, 4, 0.0,
                new QuestionContent(text("Describe a lesson in which a digital tool helped your pupils learn, and"
                                + " what you would change next time.",
                        "Опишите урок, на котором цифровой инструмент помог ученикам учиться, и что вы измените"
                                + " в следующий раз.",
                        "Дарсеро тасвир кунед, ки дар он асбоби рақамӣ ба омӯзиши хонандагон кӯмак кард."),
                        List.of(), List.of(), Map.of(), null),
                Response.EMPTY);
    }

    private void add(String code, String type, int points, double difficulty, QuestionContent content, Response right,
            Response... wrong) {
        questions.add(new SeedQuestion(code, type, content, points, difficulty, right, List.of(wrong)));
    }

    private static RubricCriterion criterion(String key, String english, String russian, String tajik) {
        return new RubricCriterion(key, text(english, russian, tajik),
                List.of(RubricLevel.of("beginning", text("Beginning", "Начальный", "Ибтидоӣ"), "1"),
                        RubricLevel.of("developing", text("Developing", "Развивающийся", "Рушдёбанда"), "2"),
                        RubricLevel.of("proficient", text("Proficient", "Уверенный", "Моҳир"), "3"),
                        RubricLevel.of("exemplary", text("Exemplary", "Образцовый", "Намунавӣ"), "4")));
    }

    private static double[] abilities(int n) {
        Random random = new Random(SEED);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextGaussian() * 0.8;
        }
        return a;
    }

    private static double logistic(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalizedText text(String english, String russian, String tajik) {
        return LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).put(TAJIK, tajik).build();
    }
}
