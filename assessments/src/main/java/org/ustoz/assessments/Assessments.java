package org.ustoz.assessments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

import org.ustoz.assessments.analytics.AnalyticsService;
import org.ustoz.assessments.assessment.AssessmentService;
import org.ustoz.assessments.attempt.AttemptService;
import org.ustoz.assessments.gradebook.GradebookService;
import org.ustoz.assessments.grading.GradingService;
import org.ustoz.assessments.analytics.internal.AnalyticsServiceImpl;
import org.ustoz.assessments.assessment.internal.AssessmentServiceImpl;
import org.ustoz.assessments.attempt.internal.AttemptServiceImpl;
import org.ustoz.assessments.gradebook.internal.GradebookServiceImpl;
import org.ustoz.assessments.grading.internal.GradingServiceImpl;
import org.ustoz.assessments.question.internal.QuestionBankServiceImpl;
import org.ustoz.assessments.question.internal.QuestionTypeRegistry;
import org.ustoz.assessments.question.QuestionBankService;
import org.ustoz.assessments.exchange.QuestionBankExchange;
import org.ustoz.assessments.exchange.internal.QuestionBankExchangeImpl;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.internal.BuiltInQuestionTypes;
import org.ustoz.assessments.gradebook.internal.GradeItem;
import org.ustoz.core.Ustoz;
import org.ustoz.core.internal.UstozRuntime;

/**
 * The services of the assessments module over one {@link Ustoz}: question bank, assessments,
 * attempts, grading, gradebook and analytics. Thread-safe; create it once next to the {@code Ustoz}
 * and share it.
 *
 * <pre>{@code
 * Assessments assessments = Assessments.builder(ustoz).questionType(new MyType()).build();
 * QuestionView q = assessments.bank().addQuestion(new AddQuestion(...));
 * }</pre>
 *
 * <p>The module also contributes two completion criteria to the courses module, found through
 * {@code META-INF/services}: {@code assessments.final-grade-at-least} (parameter {@code percent}) and
 * {@code assessments.assessment-passed} (parameter {@code assessment}, an assessment code of the cohort).
 */
public final class Assessments {

    private final QuestionBankService bank;
    private final AssessmentService assessments;
    private final AttemptService attempts;
    private final GradingService grading;
    private final GradebookService gradebook;
    private final AnalyticsService analytics;
    private final QuestionBankExchange exchange;

    private Assessments(Builder b) {
        Map<String, QuestionType> types = new LinkedHashMap<>();
        BuiltInQuestionTypes.all().forEach(t -> types.put(t.id(), t));
        if (b.discover) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            ServiceLoader.load(QuestionType.class, loader != null ? loader : Assessments.class.getClassLoader())
                    .forEach(t -> types.put(t.id(), t));
        }
        types.putAll(b.types);
        QuestionTypeRegistry registry = new QuestionTypeRegistry(types);
        UstozRuntime ustoz = UstozRuntime.of(b.ustoz);
        this.bank = new QuestionBankServiceImpl(ustoz, registry);
        this.assessments = new AssessmentServiceImpl(ustoz, registry, GradeItem::rescaleItemsOf);
        this.attempts = new AttemptServiceImpl(ustoz, registry);
        this.grading = new GradingServiceImpl(ustoz, registry);
        this.gradebook = new GradebookServiceImpl(ustoz);
        this.analytics = new AnalyticsServiceImpl(ustoz);
        this.exchange = new QuestionBankExchangeImpl(ustoz, bank, key -> types.get(key));
    }

    /** The assessments services over a configured Ustoz, with the question types found on the class path. */
    public static Assessments of(Ustoz ustoz) {
        return builder(ustoz).build();
    }

    /** A builder, to add question types by hand. */
    public static Builder builder(Ustoz ustoz) {
        return new Builder(Objects.requireNonNull(ustoz));
    }

    public QuestionBankService bank() {
        return bank;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public AttemptService attempts() {
        return attempts;
    }

    public GradingService grading() {
        return grading;
    }

    public GradebookService gradebook() {
        return gradebook;
    }

    public AnalyticsService analytics() {
        return analytics;
    }

    /** Import and export of question banks as Moodle GIFT and Moodle XML. */
    public QuestionBankExchange exchange() {
        return exchange;
    }

    /** Builds {@link Assessments}. */
    public static final class Builder {

        private final Ustoz ustoz;
        private final Map<String, QuestionType> types = new LinkedHashMap<>();
        private boolean discover = true;

        private Builder(Ustoz ustoz) {
            this.ustoz = ustoz;
        }

        /** Adds a question type; it replaces a built-in or discovered one with the same key. */
        public Builder questionType(QuestionType type) {
            types.put(type.id(), type);
            return this;
        }

        /**
         * Whether to add the types listed in
         * {@code META-INF/services/org.ustoz.assessments.question.QuestionType} (default true).
         */
        public Builder discoverQuestionTypes(boolean discover) {
            this.discover = discover;
            return this;
        }

        public Assessments build() {
            return new Assessments(this);
        }
    }
}
