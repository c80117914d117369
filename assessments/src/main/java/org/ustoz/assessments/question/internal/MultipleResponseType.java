package org.ustoz.assessments.question.internal;

import static org.ustoz.assessments.question.QuestionTypes.ALL_OR_NOTHING;
import static org.ustoz.assessments.question.QuestionTypes.PARTIAL;
import static org.ustoz.assessments.question.QuestionTypes.RIGHT_MINUS_WRONG;
import static org.ustoz.assessments.question.QuestionTypes.SCORING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

/**
 * {@value QuestionTypes#MULTIPLE_RESPONSE}: any number of choices is picked; a choice is right when its
 * credit is above 0. Scored {@value QuestionTypes#PARTIAL} (the default),
 * {@value QuestionTypes#ALL_OR_NOTHING} or {@value QuestionTypes#RIGHT_MINUS_WRONG}.
 */
public final class MultipleResponseType implements QuestionType {

    @Override
    public String id() {
        return QuestionTypes.MULTIPLE_RESPONSE;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Checks.choices(content, 2, problems);
        String scoring = Checks.scoring(content, problems, PARTIAL, ALL_OR_NOTHING, RIGHT_MINUS_WRONG);
        List<Choice> choices = content.choices();
        BigDecimal positive = BigDecimal.ZERO;
        boolean creditsValid = true;
        for (int i = 0; i < choices.size(); i++) {
            BigDecimal credit = choices.get(i).credit();
            creditsValid &= Checks.creditWithin(credit, BigDecimal.ONE.negate(), BigDecimal.ONE,
                    "choices[" + i + "].credit", problems);
            if (credit.signum() > 0) {
                positive = positive.add(credit);
            }
        }
        if (!choices.isEmpty() && positive.signum() == 0) {
            problems.add(new ContentProblem("choices", "no choice is right (credit above 0)"));
        } else if (PARTIAL.equals(scoring) && creditsValid && positive.signum() > 0
                && positive.compareTo(BigDecimal.ONE) != 0) {
            problems.add(new ContentProblem("choices", "the credits of the right choices add up to "
                    + positive.toPlainString() + "; under partial scoring they must add up to exactly 1"));
        }
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        return Checks.distinctKeys(content, response);
    }

    @Override
    public Credit grade(QuestionContent content, Response response) {
        Checks.requireGradable(id(), problemsWithResponse(content, response));
        String scoring = Checks.settingForGrading(content, SCORING, PARTIAL, ALL_OR_NOTHING, RIGHT_MINUS_WRONG);
        if (response.isEmpty()) {
            return Credit.NONE;
        }
        Set<String> chosen = new HashSet<>(response.values());
        switch (scoring) {
            case ALL_OR_NOTHING -> {
                for (Choice choice : content.choices()) {
                    if (isRight(choice) != chosen.contains(choice.key())) {
                        return Credit.NONE;
                    }
                }
                return Credit.FULL;
            }
            case RIGHT_MINUS_WRONG -> {
                long right = 0;
                long net = 0;
                for (Choice choice : content.choices()) {
                    if (isRight(choice)) {
                        right++;
                    }
                    if (chosen.contains(choice.key())) {
                        net += isRight(choice) ? 1 : -1;
                    }
                }
                return Credit.ratio(net, right);
            }
            default -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (Choice choice : content.choices()) {
                    if (chosen.contains(choice.key())) {
                        sum = sum.add(choice.credit());
                    }
                }
                return Credit.of(sum);
            }
        }
    }

    private static boolean isRight(Choice choice) {
        return choice.credit().signum() > 0;
    }
}
