package org.ustoz.assessments.question.internal;

import static org.ustoz.assessments.question.QuestionTypes.ALL_OR_NOTHING;
import static org.ustoz.assessments.question.QuestionTypes.PARTIAL;
import static org.ustoz.assessments.question.QuestionTypes.SCORING;

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
 * {@value QuestionTypes#MATCHING}: each premise (a choice) is matched with an answer (a choice's
 * {@link Choice#match()}); a response pairs {@code premiseKey=answerKey}, the answer key being the key
 * of the premise whose answer was chosen. A pair is right when the chosen answer equals the premise's
 * own, so premises sharing an answer text accept either key. Each right pair earns {@code 1/n} of
 * the credit, unless scoring is {@value QuestionTypes#ALL_OR_NOTHING}.
 */
public final class MatchingType implements QuestionType {

    @Override
    public String id() {
        return QuestionTypes.MATCHING;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Checks.choices(content, 2, problems);
        Checks.scoring(content, problems, PARTIAL, ALL_OR_NOTHING);
        List<Choice> choices = content.choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).match() == null) {
                problems.add(new ContentProblem("choices[" + i + "].match", "needs the answer this premise matches"));
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        if (response.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Set<String> premises = new HashSet<>();
        for (String value : response.values()) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1 || value.indexOf('=', eq + 1) >= 0) {
                problems.add("malformed pair \"" + value + "\"; expected premiseKey=answerKey");
                continue;
            }
            String premise = value.substring(0, eq);
            String answer = value.substring(eq + 1);
            if (content.choice(premise) == null) {
                problems.add("unknown premise key \"" + premise + "\"");
            } else if (!premises.add(premise)) {
                problems.add("premise \"" + premise + "\" is matched more than once");
            }
            if (content.choice(answer) == null) {
                problems.add("unknown answer key \"" + answer + "\"");
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public Credit grade(QuestionContent content, Response response) {
        Checks.requireGradable(id(), problemsWithResponse(content, response));
        String scoring = Checks.settingForGrading(content, SCORING, PARTIAL, ALL_OR_NOTHING);
        if (response.isEmpty()) {
            return Credit.NONE;
        }
        int right = 0;
        for (String value : response.values()) {
            int eq = value.indexOf('=');
            Choice premise = content.choice(value.substring(0, eq));
            Choice answer = content.choice(value.substring(eq + 1));
            if (premise.match() != null && premise.match().equals(answer.match())) {
                right++;
            }
        }
        int n = content.choices().size();
        if (ALL_OR_NOTHING.equals(scoring)) {
            return right == n ? Credit.FULL : Credit.NONE;
        }
        return Credit.ratio(right, n);
    }
}
