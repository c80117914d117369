package org.ustoz.examples.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ustoz.assessments.Assessments;
import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.analytics.ItemAnalysisReport;
import org.ustoz.assessments.analytics.LearningGainReport;
import org.ustoz.assessments.assessment.AssessmentKind;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.attempt.AnswerLine;
import org.ustoz.assessments.attempt.AttemptView;
import org.ustoz.assessments.attempt.SaveResponses;
import org.ustoz.assessments.attempt.StartAttempt;
import org.ustoz.assessments.gradebook.Gradebook;
import org.ustoz.assessments.grading.GradeAnswer;
import org.ustoz.assessments.grading.GradeChange;
import org.ustoz.assessments.grading.PendingAnswer;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.core.error.UstozException;

/**
 * The REST API of the assessments module, beside {@link ApiController}: a cohort's assessments, attempts
 * (start, save, submit, get), the grading queue and grading (with a rubric or points), the gradebook, the
 * learning gain and item analysis. Each call runs in a Spring transaction that Ustoz joins; errors leave as
 * problem details with Ustoz's code ({@link ProblemDetailsAdvice}).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Transactional
public class AssessmentsApiController {

    private final Assessments assessments;

    public AssessmentsApiController(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Start an attempt for this trainee. */
    public record StartRequest(UUID traineeId) {
    }

    /** Responses to some or all questions of an attempt: {@code [{"questionId": ..., "response": {"values": [...]}}]}. */
    public record ResponsesRequest(List<AnswerLine> answers) {
    }

    /** A grade by hand: rubric levels (with comments), or points when the answer has no rubric; and feedback. */
    /**
     * A grade; {@code expectedVersion} is the {@code answerVersion} the grader read (grading queue or
     * attempt), required: a grade given since by someone else is refused with 409.
     */
    public record GradeRequest(@JsonProperty(required = true) long expectedVersion, BigDecimal points,
            List<RubricScore> rubric, String feedback, String reason) {
    }

    @GetMapping("/cohorts/{id}/assessments")
    @Transactional(readOnly = true)
    public List<AssessmentView> assessmentsOfCohort(@PathVariable UUID id) {
        return assessments.assessments().ofCohort(id);
    }

    @GetMapping("/assessments/{id}")
    @Transactional(readOnly = true)
    public AssessmentView assessment(@PathVariable UUID id) {
        return assessments.assessments().get(id);
    }

    @PostMapping(path = "/assessments/{id}/attempts", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<AttemptView> start(@PathVariable UUID id, @RequestBody StartRequest request) {
        AttemptView attempt = assessments.attempts().start(new StartAttempt(id, request.traineeId()));
        return ResponseEntity.created(URI.create("/api/attempts/" + attempt.id())).body(attempt);
    }

    @GetMapping("/attempts/{id}")
    @Transactional(readOnly = true)
    public AttemptView attempt(@PathVariable UUID id) {
        return assessments.attempts().get(id);
    }

    /** Saves responses; the attempt stays in progress. */
    @PutMapping(path = "/attempts/{id}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    public AttemptView save(@PathVariable UUID id, @RequestBody ResponsesRequest request) {
        return assessments.attempts().save(new SaveResponses(id, request.answers()));
    }

    /** Submits the attempt, with last responses if any; objective questions are graded at once. */
    @PostMapping(path = "/attempts/{id}/submission")
    public AttemptView submit(@PathVariable UUID id, @RequestBody(required = false) ResponsesRequest request) {
        if (request == null || request.answers() == null || request.answers().isEmpty()) {
            return assessments.attempts().submit(id);
        }
        return assessments.attempts().submit(new SaveResponses(id, request.answers()));
    }

    /** Answers of the assessment waiting for a grader (essays). */
    @GetMapping("/assessments/{id}/grading-queue")
    @Transactional(readOnly = true)
    public List<PendingAnswer> gradingQueue(@PathVariable UUID id) {
        return assessments.grading().queue(id);
    }

    @PutMapping(path = "/attempts/{id}/questions/{questionId}/grade", consumes = MediaType.APPLICATION_JSON_VALUE)
    public AttemptView grade(@PathVariable UUID id, @PathVariable UUID questionId, @RequestBody GradeRequest request) {
        return assessments.grading().grade(new GradeAnswer(id, questionId, request.expectedVersion(),
                request.points(), request.rubric(), request.feedback(), request.reason()));
    }

    /** The history of an answer's hand grade, oldest first. */
    @GetMapping("/attempts/{id}/questions/{questionId}/grade-history")
    @Transactional(readOnly = true)
    public List<GradeChange> gradeHistory(@PathVariable UUID id, @PathVariable UUID questionId) {
        return assessments.grading().history(id, questionId);
    }

    @GetMapping("/cohorts/{id}/gradebook")
    @Transactional(readOnly = true)
    public Gradebook gradebook(@PathVariable UUID id) {
        return assessments.gradebook().gradebook(id);
    }

    /** The learning gain between two tests; by default the cohort's pre-test and post-test. */
    @GetMapping("/cohorts/{id}/learning-gain")
    @Transactional(readOnly = true)
    public LearningGainReport learningGain(@PathVariable UUID id, @RequestParam(required = false) UUID pre,
            @RequestParam(required = false) UUID post) {
        List<AssessmentView> all = assessments.assessments().ofCohort(id);
        return assessments.analytics().learningGain(pre != null ? pre : ofKind(all, AssessmentKind.PRE_TEST),
                post != null ? post : ofKind(all, AssessmentKind.POST_TEST));
    }

    private static UUID ofKind(List<AssessmentView> all, AssessmentKind kind) {
        return all.stream().filter(a -> a.kind() == kind).map(AssessmentView::id).findFirst()
                .orElseThrow(() -> new UstozException(AssessmentsError.ASSESSMENT_NOT_FOUND, kind.name()));
    }

    @GetMapping("/assessments/{id}/item-analysis")
    @Transactional(readOnly = true)
    public ItemAnalysisReport itemAnalysis(@PathVariable UUID id) {
        return assessments.analytics().itemAnalysis(id);
    }
}
