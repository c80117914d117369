package org.ustoz.assessments.question.internal;

import static org.ustoz.assessments.question.QuestionTypes.CASE_SENSITIVE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

/**
 * {@value QuestionTypes#SHORT_ANSWER}: free text compared with the accepted answers after NFKC
 * normalisation, trimming and collapsing white space, case-insensitively unless
 * {@value QuestionTypes#CASE_SENSITIVE} is {@code true}; {@code *} is a wildcard. The best matching
 * answer's credit counts.
 */
public final class ShortAnswerType implements QuestionType {

    private static final String FALSE = "false";
    private static final String TRUE = "true";

    @Override
    public String id() {
        return QuestionTypes.SHORT_ANSWER;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Checks.setting(content, CASE_SENSITIVE, problems, FALSE, TRUE);
        List<AcceptedAnswer> answers = content.answers();
        if (answers.isEmpty()) {
            problems.add(new ContentProblem("answers", "needs at least 1 accepted answer"));
        }
        boolean full = false;
        for (int i = 0; i < answers.size(); i++) {
            AcceptedAnswer answer = answers.get(i);
            if (TextMatch.normalise(answer.value()).isEmpty()) {
                problems.add(new ContentProblem("answers[" + i + "].value", "must not be blank"));
            }
            Checks.creditWithin(answer.credit(), BigDecimal.ZERO, BigDecimal.ONE, "answers[" + i + "].credit",
                    problems);
            full |= answer.credit().compareTo(BigDecimal.ONE) == 0;
        }
        if (!full && !answers.isEmpty()) {
            problems.add(new ContentProblem("answers", "no answer earns full credit (1)"));
        }
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        if (response.isEmpty() || response.values().size() == 1) {
            return List.of();
        }
        return List.of("expected one text, got " + response.values().size() + " values");
    }

    @Override
    public Credit grade(QuestionContent content, Response response) {
        Checks.requireGradable(id(), problemsWithResponse(content, response));
        boolean caseSensitive = TRUE.equals(Checks.settingForGrading(content, CASE_SENSITIVE, FALSE, TRUE));
        if (response.isEmpty()) {
            return Credit.NONE;
        }
        String text = TextMatch.normalise(response.single());
        if (!caseSensitive) {
            text = TextMatch.fold(text);
        }
        BigDecimal best = null;
        for (AcceptedAnswer answer : content.answers()) {
            String value = TextMatch.normalise(answer.value());
            if (!value.isEmpty() && TextMatch.Wildcard.compile(value, caseSensitive).matches(text)
                    && (best == null || answer.credit().compareTo(best) > 0)) {
                best = answer.credit();
            }
        }
        return best == null ? Credit.NONE : Credit.of(best);
    }
}
