package org.ustoz.assessments.question.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ustoz.core.internal.SafeArgs;
import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.core.error.UstozException;

/** The question types of one {@code Assessments}: built-in, discovered and registered, by key. */
public final class QuestionTypeRegistry {

    private final Map<String, QuestionType> types;

    public QuestionTypeRegistry(Map<String, QuestionType> types) {
        this.types = Map.copyOf(types);
    }

    /** The type with this key, or {@code assessments.question.type-unknown}. */
    public QuestionType get(String key) {
        QuestionType t = types.get(key);
        if (t == null) {
            throw new UstozException(AssessmentsError.QUESTION_TYPE_UNKNOWN, SafeArgs.key(key), String.join(", ", keys()));
        }
        return t;
    }

    public List<String> keys() {
        return new ArrayList<>(new TreeMap<>(types).keySet());
    }
}
