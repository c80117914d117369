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

/**
 * {@value QuestionTypes#TRUE_FALSE}: two choices keyed {@code true} and {@code false}, one right
 * (credit 1) and the other wrong (credit 0); never shuffled.
 */
public final class TrueFalseType implements QuestionType {

    static final String TRUE = "true";
    static final String FALSE = "false";

    @Override
    public String id() {
        return QuestionTypes.TRUE_FALSE;
    }

    @Override
    public boolean shufflesChoices() {
        return false;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Choice> choices = content.choices();
        if (choices.size() != 2) {
            problems.add(new ContentProblem("choices",
                    "needs exactly 2 choices, keyed true and false; has " + choices.size()));
        }
        Checks.choices(content, 0, problems);
        int right = 0;
        boolean creditsValid = true;
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            if (!TRUE.equals(choice.key()) && !FALSE.equals(choice.key())) {
                problems.add(new ContentProblem("choices[" + i + "].key", "must be true or false"));
            }
            BigDecimal credit = choice.credit();
            if (credit.compareTo(BigDecimal.ONE) == 0) {
                right++;
            } else if (credit.signum() != 0) {
                creditsValid = false;
                problems.add(new ContentProblem("choices[" + i + "].credit",
                        "credit " + credit.toPlainString() + " must be 1 (right) or 0 (wrong)"));
            }
        }
        if (choices.size() == 2 && creditsValid && right != 1) {
            problems.add(new ContentProblem("choices",
                    "exactly one choice must be right (credit 1) and the other wrong (credit 0)"));
        }
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        if (response.isEmpty()) {
            return List.of();
        }
        if (response.values().size() != 1) {
            return List.of("expected one choice key, true or false, got " + response.values().size() + " values");
        }
        String key = response.single();
        if (!TRUE.equals(key) && !FALSE.equals(key)) {
            return List.of("expected true or false, got \"" + key + "\"");
        }
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
