package org.ustoz.assessments.question.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

/** {@value QuestionTypes#SINGLE_CHOICE}: one choice is picked and earns its own credit. */
public final class SingleChoiceType implements QuestionType {

    @Override
    public String id() {
        return QuestionTypes.SINGLE_CHOICE;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Checks.choices(content, 2, problems);
        boolean full = false;
        List<Choice> choices = content.choices();
        for (int i = 0; i < choices.size(); i++) {
            BigDecimal credit = choices.get(i).credit();
            Checks.creditWithin(credit, BigDecimal.ZERO, BigDecimal.ONE, "choices[" + i + "].credit", problems);
            full |= credit.compareTo(BigDecimal.ONE) == 0;
        }
        if (!full && !choices.isEmpty()) {
            problems.add(new ContentProblem("choices", "no choice earns full credit (1)"));
        }
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        return Checks.oneKey(content, response);
    }

    @Override
    public Credit grade(QuestionContent content, Response response) {
        Checks.requireGradable(id(), problemsWithResponse(content, response));
        if (response.isEmpty()) {
            return Credit.NONE;
        }
        return Credit.of(content.choice(response.single()).credit());
    }
}
