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
 * {@value QuestionTypes#ORDERING}: items (the choices, listed in the correct order) put in order; a
 * response lists every key once. {@value QuestionTypes#PARTIAL} (the default) earns the share of items
 * in their right position, {@value QuestionTypes#ALL_OR_NOTHING} full credit only for the right order.
 */
public final class OrderingType implements QuestionType {

    @Override
    public String id() {
        return QuestionTypes.ORDERING;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Checks.choices(content, 2, problems);
        Checks.scoring(content, problems, PARTIAL, ALL_OR_NOTHING);
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        if (response.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(Checks.distinctKeys(content, response));
        Set<String> given = new HashSet<>(response.values());
        for (Choice item : content.choices()) {
            if (!given.contains(item.key())) {
                problems.add("item \"" + item.key() + "\" is missing; the order must list every item once");
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
        List<Choice> items = content.choices();
        int right = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(response.values().get(i))) {
                right++;
            }
        }
        if (ALL_OR_NOTHING.equals(scoring)) {
            return right == items.size() ? Credit.FULL : Credit.NONE;
        }
        return Credit.ratio(right, items.size());
    }
}
