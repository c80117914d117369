package org.ustoz.examples.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ustoz.assessments.Assessments;
import org.ustoz.assessments.analytics.ItemAnalysisReport;
import org.ustoz.assessments.analytics.LearningGainReport;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.PresentedChoice;
import org.ustoz.assessments.attempt.PresentedQuestion;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.PendingAnswer;
import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.Courses;
import org.ustoz.courses.cohort.CohortView;

/**
 * The pages of the assessments module: a cohort's assessments, taking a quiz as a trainee, the grading queue
 * and rubric grading, the gradebook, the learning gain (with a server-rendered SVG chart) and item analysis.
 * Like {@link PagesController}, each action runs in a Spring transaction and a domain error is shown in the
 * user's language with its code.
 */
@Controller
public class AssessmentPagesController {

    private final Courses courses;
    private final Assessments assessments;
    private final Tx tx;

    public AssessmentPagesController(Courses courses, Assessments assessments, Tx tx) {
        this.courses = courses;
        this.assessments = assessments;
        this.tx = tx;
    }

    /** An assessment as the list shows it. */
    public record AssessmentRow(UUID id, String code, String title, String kind, String opens, String closes,
            String maxPoints, Integer attemptsAllowed, String passPercent) {
    }

    /** One option of a question: a choice, a premise of a matching question, an item to order. */
    public record Option(String key, String text, boolean selected, String value) {
    }

    /** A question as the attempt form and the review show it. */
    public record QuestionForm(int position, UUID questionId, String type, String stem, String maxPoints,
            List<Option> options, List<Option> matchOptions, String text, String points, String state,
            String answer, List<RubricLine> rubric, String feedback, long answerVersion) {
    }

    /** A rubric criterion with its levels, and the level and comment chosen if graded. */
    public record RubricLine(String key, String title, List<Option> levels, String chosen, String comment) {
    }

    /** One bar pair of the gain chart. */
    public record Bar(String label, String fullLabel, double x, double preY, double preHeight, double postY,
            double postHeight, String pre, String post) {
    }

    // ---------------------------------------------------------------- a cohort's assessments

    @GetMapping("/cohorts/{id}/assessments")
    public String list(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            CohortView cohort = courses.cohorts().get(id);
            model.addAttribute("cohort", cohort);
            model.addAttribute("assessments", assessments.assessments().ofCohort(id).stream()
                    .map(a -> row(a, cohort.timeZone(), locale)).toList());
            return null;
        });
        return "assessments";
    }

    private static AssessmentRow row(AssessmentView a, ZoneId zone, Locale locale) {
        return new AssessmentRow(a.id(), a.code(), Display.text(a.title(), locale), a.kind().name(),
                Display.dateTime(a.opensAt(), zone, locale), Display.dateTime(a.closesAt(), zone, locale),
                plain(a.maxPoints()), a.attemptsAllowed(), plain(a.passPercent()));
    }

    // ---------------------------------------------------------------- taking a quiz

    @GetMapping("/assessments/{id}/take")
    public String take(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            AssessmentView a = assessments.assessments().get(id);
            CohortView cohort = courses.cohorts().get(a.cohortId());
            model.addAttribute("assessment", row(a, cohort.timeZone(), locale));
            model.addAttribute("cohort", cohort);
            model.addAttribute("trainees", QuizData.enrolled(courses, cohort.id()));
            return null;
        });
        return "take";
    }

    @PostMapping("/assessments/{id}/attempts")
    public String start(@PathVariable UUID id, @RequestParam(required = false) UUID traineeId,
            RedirectAttributes redirect, Locale locale) {
        try {
            AttemptView attempt = tx.write(() -> assessments.attempts().start(new StartAttempt(id, traineeId)));
            return "redirect:/attempts/" + attempt.id();
        } catch (UstozException e) {
            redirect.addFlashAttribute("problem", PagesController.Problem.of(e, locale));
            return "redirect:/assessments/" + id + "/take";
        }
    }

    @GetMapping("/attempts/{id}")
    public String attempt(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            AttemptView attempt = assessments.attempts().get(id);
            AssessmentView a = assessments.assessments().get(attempt.assessmentId());
            model.addAttribute("attempt", attempt);
            model.addAttribute("assessment", row(a, ZoneId.of("UTC"), locale));
            model.addAttribute("cohortId", a.cohortId());
            model.addAttribute("trainee", courses.trainees().get(attempt.traineeId()).fullName());
            model.addAttribute("questions", forms(attempt, locale, null));
            model.addAttribute("points", attempt.points() == null ? null : plain(attempt.points()));
            model.addAttribute("maxPoints", plain(attempt.maxPoints()));
            model.addAttribute("percent", attempt.percent() == null ? null : plain(attempt.percent()));
            return null;
        });
        return "attempt";
    }

    /** Saves the whole form; submits it too if the submit button was pressed. */
    @PostMapping("/attempts/{id}")
    public String saveAttempt(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect, Locale locale) {
        try {
            AttemptView attempt = tx.read(() -> assessments.attempts().get(id));
            List<AnswerLine> lines = new ArrayList<>();
            for (PresentedQuestion q : attempt.questions()) {
                lines.add(new AnswerLine(q.questionId(), response(q, form)));
            }
            boolean submit = form.containsKey("submit");
            tx.write(() -> submit ? assessments.attempts().submit(new SaveResponses(id, lines))
                    : assessments.attempts().save(new SaveResponses(id, lines)));
            redirect.addFlashAttribute("notice", new PagesController.Notice(
                    submit ? "notice.submitted" : "notice.saved", null, null));
        } catch (UstozException e) {
            redirect.addFlashAttribute("problem", PagesController.Problem.of(e, locale));
        }
        return "redirect:/attempts/" + id;
    }

    /** The response to one question from the form's fields {@code q-<question>} (and {@code q-<question>-<key>}). */
    private static Response response(PresentedQuestion q, MultiValueMap<String, String> form) {
        String name = "q-" + q.questionId();
        switch (q.type()) {
            case QuestionTypes.MATCHING -> {
                Map<String, String> pairs = new HashMap<>();
                for (PresentedChoice premise : q.choices()) {
                    String answer = form.getFirst(name + "-" + premise.key());
                    if (answer != null && !answer.isBlank()) {
                        pairs.put(premise.key(), answer);
                    }
                }
                return pairs.isEmpty() ? Response.EMPTY : Response.matches(pairs);
            }
            case QuestionTypes.ORDERING -> {
                List<PresentedChoice> items = new ArrayList<>(q.choices());
                Map<String, Integer> positions = new HashMap<>();
                for (int i = 0; i < items.size(); i++) {
                    positions.put(items.get(i).key(), position(form.getFirst(name + "-" + items.get(i).key()), i + 1));
                }
                items.sort(Comparator.comparingInt(c -> positions.get(c.key())));
                return new Response(items.stream().map(PresentedChoice::key).toList());
            }
            default -> {
                List<String> values = form.getOrDefault(name, List.of()).stream()
                        .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
                return new Response(values);
            }
        }
    }

    private static int position(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private List<QuestionForm> forms(AttemptView attempt, Locale locale, UUID only) {
        List<QuestionForm> forms = new ArrayList<>();
        Map<UUID, RubricView> rubrics = new HashMap<>();
        for (PresentedQuestion q : attempt.questions()) {
            if (only != null && !only.equals(q.questionId())) {
                continue;
            }
            List<String> values = q.response() == null ? List.of() : q.response().values();
            Map<String, String> matched = new HashMap<>();
            for (String v : values) {
                int eq = v.indexOf('=');
                if (eq > 0) {
                    matched.put(v.substring(0, eq), v.substring(eq + 1));
                }
            }
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < q.choices().size(); i++) {
                PresentedChoice c = q.choices().get(i);
                String value = switch (q.type()) {
                    case QuestionTypes.ORDERING -> String.valueOf(values.contains(c.key())
                            ? values.indexOf(c.key()) + 1 : i + 1);
                    case QuestionTypes.MATCHING -> matched.get(c.key());
                    default -> null;
                };
                options.add(new Option(c.key(), Display.text(c.text(), locale), values.contains(c.key()), value));
            }
            List<Option> matchOptions = q.matchOptions().stream()
                    .map(c -> new Option(c.key(), Display.text(c.text(), locale), false, null)).toList();
            List<RubricLine> rubric = List.of();
            if (QuestionTypes.ESSAY.equals(q.type())) {
                rubric = rubricLines(attempt, q, rubrics, locale);
            }
            forms.add(new QuestionForm(q.position(), q.questionId(), q.type(), Display.text(q.stem(), locale),
                    plain(q.maxPoints()), options, matchOptions, values.isEmpty() ? "" : values.get(0),
                    q.points() == null ? null : plain(q.points()), q.state().name(),
                    answer(q, options, matchOptions, values), rubric, q.feedback(), q.answerVersion()));
        }
        return forms;
    }

    /** The rubric of an essay of the attempt, found through the grading queue's or the assessment's item. */
    private List<RubricLine> rubricLines(AttemptView attempt, PresentedQuestion q, Map<UUID, RubricView> cache,
            Locale locale) {
        UUID rubricId = assessments.assessments().get(attempt.assessmentId()).items().stream()
                .filter(i -> i.questionId().equals(q.questionId())).map(i -> i.rubricId())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (rubricId == null) {
            return List.of();
        }
        RubricView rubric = cache.computeIfAbsent(rubricId, r -> assessments.grading().rubric(r));
        Map<String, RubricScore> scores = new HashMap<>();
        if (q.rubricScores() != null) {
            q.rubricScores().forEach(s -> scores.put(s.criterion(), s));
        }
        List<RubricLine> lines = new ArrayList<>();
        for (RubricCriterion c : rubric.criteria()) {
            RubricScore s = scores.get(c.key());
            lines.add(new RubricLine(c.key(), Display.text(c.title(), locale), c.levels().stream()
                    .map(l -> new Option(l.key(), Display.text(l.title(), locale), s != null && s.level().equals(l.key()),
                            plain(l.points())))
                    .toList(), s == null ? null : s.level(), s == null ? null : s.comment()));
        }
        return lines;
    }

    /** The response in words, for the review. */
    private static String answer(PresentedQuestion q, List<Option> options, List<Option> matchOptions,
            List<String> values) {
        if (values.isEmpty()) {
            return "—";
        }
        Map<String, String> texts = new HashMap<>();
        options.forEach(o -> texts.put(o.key(), o.text()));
        Map<String, String> answers = new HashMap<>();
        matchOptions.forEach(o -> answers.put(o.key(), o.text()));
        List<String> parts = new ArrayList<>();
        switch (q.type()) {
            case QuestionTypes.SINGLE_CHOICE, QuestionTypes.TRUE_FALSE, QuestionTypes.MULTIPLE_RESPONSE ->
                    values.forEach(v -> parts.add(texts.getOrDefault(v, v)));
            case QuestionTypes.ORDERING -> {
                for (int i = 0; i < values.size(); i++) {
                    parts.add((i + 1) + ". " + texts.getOrDefault(values.get(i), values.get(i)));
                }
            }
            case QuestionTypes.MATCHING -> values.forEach(v -> {
                int eq = v.indexOf('=');
                parts.add(eq < 0 ? v : texts.getOrDefault(v.substring(0, eq), v.substring(0, eq)) + " → "
                        + answers.getOrDefault(v.substring(eq + 1), v.substring(eq + 1)));
            });
            default -> parts.addAll(values);
        }
        return String.join("; ", parts);
    }

    // ---------------------------------------------------------------- grading

    @GetMapping("/assessments/{id}/grading")
    public String queue(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            AssessmentView a = assessments.assessments().get(id);
            CohortView cohort = courses.cohorts().get(a.cohortId());
            model.addAttribute("assessment", row(a, cohort.timeZone(), locale));
            model.addAttribute("cohort", cohort);
            List<PendingAnswer> queue = assessments.grading().queue(id);
            model.addAttribute("queue", queue);
            model.addAttribute("stems", queue.stream().map(p -> Display.text(p.stem(), locale)).toList());
            model.addAttribute("submitted", queue.stream()
                    .map(p -> Display.dateTime(p.submittedAt(), cohort.timeZone(), locale)).toList());
            return null;
        });
        return "grading";
    }

    @GetMapping("/attempts/{id}/questions/{questionId}/grade")
    public String gradeForm(@PathVariable UUID id, @PathVariable UUID questionId, Model model, Locale locale) {
        tx.read(() -> {
            AttemptView attempt = assessments.attempts().get(id);
            AssessmentView a = assessments.assessments().get(attempt.assessmentId());
            List<QuestionForm> forms = forms(attempt, locale, questionId);
            if (forms.isEmpty()) {
                throw new UstozException(org.ustoz.assessments.AssessmentsError.ATTEMPT_QUESTION_NOT_IN_ATTEMPT,
                        "questionId", questionId);
            }
            model.addAttribute("attempt", attempt);
            model.addAttribute("assessment", row(a, ZoneId.of("UTC"), locale));
            model.addAttribute("trainee", courses.trainees().get(attempt.traineeId()).fullName());
            model.addAttribute("question", forms.get(0));
            return null;
        });
        return "grade";
    }

    @PostMapping("/attempts/{id}/questions/{questionId}/grade")
    public String grade(@PathVariable UUID id, @PathVariable UUID questionId,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        UUID assessmentId = tx.read(() -> assessments.attempts().get(id).assessmentId());
        try {
            List<RubricScore> scores = new ArrayList<>();
            for (String criterion : form.getOrDefault("criterion", List.of())) {
                String level = form.getFirst("level-" + criterion);
                if (level != null && !level.isBlank()) {
                    String comment = form.getFirst("comment-" + criterion);
                    scores.add(new RubricScore(criterion, level,
                            comment == null || comment.isBlank() ? null : comment.strip()));
                }
            }
            String feedback = form.getFirst("feedback");
            BigDecimal points = scores.isEmpty() ? decimal(form.getFirst("points")) : null;
            long expectedVersion = version(form.getFirst("expectedVersion"));
            AttemptView graded = tx.write(() -> assessments.grading().grade(new GradeAnswer(id, questionId,
                    expectedVersion, points, scores, feedback == null || feedback.isBlank() ? null : feedback.strip())));
            String name = tx.read(() -> courses.trainees().get(graded.traineeId()).fullName());
            redirect.addFlashAttribute("notice", new PagesController.Notice("notice.graded", name, null));
            return "redirect:/assessments/" + assessmentId + "/grading";
        } catch (UstozException e) {
            redirect.addFlashAttribute("problem", PagesController.Problem.of(e, locale));
            return "redirect:/attempts/" + id + "/questions/" + questionId + "/grade";
        }
    }

    /** The answer's version the grader saw; a missing or malformed one is refused as stale. */
    private static long version(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1); // refused by Ustoz's validation, with the field named
        }
    }

    // ---------------------------------------------------------------- gradebook and analytics

    @GetMapping("/cohorts/{id}/gradebook")
    public String gradebook(@PathVariable UUID id, Model model) {
        tx.read(() -> {
            model.addAttribute("cohort", courses.cohorts().get(id));
            Gradebook gradebook = assessments.gradebook().gradebook(id);
            model.addAttribute("gradebook", gradebook);
            return null;
        });
        return "gradebook";
    }

    @GetMapping("/cohorts/{id}/learning-gain")
    public String learningGain(@PathVariable UUID id, @RequestParam(required = false) UUID pre,
            @RequestParam(required = false) UUID post, Model model, Locale locale) {
        tx.read(() -> {
            CohortView cohort = courses.cohorts().get(id);
            model.addAttribute("cohort", cohort);
            List<AssessmentView> all = assessments.assessments().ofCohort(id);
            UUID preId = pre != null ? pre : first(all, AssessmentKind.PRE_TEST);
            UUID postId = post != null ? post : first(all, AssessmentKind.POST_TEST);
            if (preId == null || postId == null) {
                model.addAttribute("missing", true);
                return null;
            }
            LearningGainReport report = assessments.analytics().learningGain(preId, postId);
            model.addAttribute("report", report);
            model.addAttribute("pre", assessments.assessments().get(preId).code());
            model.addAttribute("post", assessments.assessments().get(postId).code());
            model.addAttribute("bars", bars(report));
            model.addAttribute("chartWidth", CHART_LEFT + Math.max(1, report.trainees().size()) * BAR_GROUP + 10);
            model.addAttribute("categoryNames", report.categories().stream()
                    .map(c -> Display.text(c.name(), locale)).toList());
            return null;
        });
        return "gain";
    }

    static final int CHART_LEFT = 40;
    static final int BAR_GROUP = 28;
    static final int CHART_HEIGHT = 200;

    /** Pre % and post % of every trainee, as bars of a chart 200 high (0–100 %), one group per trainee. */
    private static List<Bar> bars(LearningGainReport report) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < report.trainees().size(); i++) {
            var t = report.trainees().get(i);
            double pre = t.prePercent() == null ? 0 : t.prePercent().doubleValue();
            double post = t.postPercent() == null ? 0 : t.postPercent().doubleValue();
            double preH = pre * CHART_HEIGHT / 100;
            double postH = post * CHART_HEIGHT / 100;
            String name = t.traineeName() == null ? "" : t.traineeName();
            bars.add(new Bar(initials(name), name, CHART_LEFT + i * BAR_GROUP, 10 + CHART_HEIGHT - preH, preH,
                    10 + CHART_HEIGHT - postH, postH, t.prePercent() == null ? "—" : plain(t.prePercent()),
                    t.postPercent() == null ? "—" : plain(t.postPercent())));
        }
        return bars;
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                b.appendCodePoint(part.codePointAt(0));
            }
        }
        return b.toString();
    }

    private static UUID first(List<AssessmentView> all, AssessmentKind kind) {
        return all.stream().filter(a -> a.kind() == kind).map(AssessmentView::id).findFirst().orElse(null);
    }

    @GetMapping("/assessments/{id}/item-analysis")
    public String itemAnalysis(@PathVariable UUID id, Model model, Locale locale) {
        tx.read(() -> {
            AssessmentView a = assessments.assessments().get(id);
            CohortView cohort = courses.cohorts().get(a.cohortId());
            model.addAttribute("assessment", row(a, cohort.timeZone(), locale));
            model.addAttribute("cohort", cohort);
            ItemAnalysisReport report = assessments.analytics().itemAnalysis(id);
            model.addAttribute("report", report);
            model.addAttribute("stems", report.items().stream().map(s -> Display.text(s.stem(), locale)).toList());
            return null;
        });
        return "items";
    }

    /** A domain error while showing a page: the message in the user's language, with its code. */
    @org.springframework.web.bind.annotation.ExceptionHandler(UstozException.class)
    public String domainError(UstozException e, jakarta.servlet.http.HttpServletRequest request, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        org.springframework.http.HttpStatus status = ProblemDetailsAdvice.status(e);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("problem", PagesController.Problem.of(e, locale));
        return "problem";
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static boolean inProgress(AttemptView a) {
        return a.status() == AttemptStatus.IN_PROGRESS;
    }
}
