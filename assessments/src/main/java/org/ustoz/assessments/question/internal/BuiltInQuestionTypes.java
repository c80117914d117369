package org.ustoz.assessments.question.internal;

import java.util.List;

import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;

/** The question types Ustoz ships, one instance of each (see {@link QuestionTypes}). */
public final class BuiltInQuestionTypes {

    private static final List<QuestionType> ALL = List.of(new SingleChoiceType(), new MultipleResponseType(),
            new TrueFalseType(), new ShortAnswerType(), new NumericType(), new MatchingType(), new OrderingType(),
            new EssayType());

    private BuiltInQuestionTypes() {
    }

    /** Single choice, multiple response, true/false, short answer, numeric, matching, ordering and essay. */
    public static List<QuestionType> all() {
        return ALL;
    }
}
