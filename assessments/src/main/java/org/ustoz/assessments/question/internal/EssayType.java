package org.ustoz.assessments.question.internal;

import java.util.List;

import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

/** {@value QuestionTypes#ESSAY}: free text of any length, graded by hand; the content needs only a stem. */
public final class EssayType implements QuestionType {

    @Override
    public String id() {
        return QuestionTypes.ESSAY;
    }

    @Override
    public boolean gradedByHand() {
        return true;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        return List.of();
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        if (response.isEmpty() || response.values().size() == 1) {
            return List.of();
        }
        return List.of("expected one text, got " + response.values().size() + " values");
    }

    /** Always throws: essays are graded by a person. */
    @Override
    public Credit grade(QuestionContent content, Response response) {
        throw new UnsupportedOperationException(
                "Essay responses are graded by hand (gradedByHand() is true); send them to the grading queue");
    }
}
