package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;

class BuiltInQuestionTypesTest {

    @Test
    void oneOfEachWithTheDocumentedIds() {
        assertThat(BuiltInQuestionTypes.all()).extracting(QuestionType::id).containsExactly(
                QuestionTypes.SINGLE_CHOICE, QuestionTypes.MULTIPLE_RESPONSE, QuestionTypes.TRUE_FALSE,
                QuestionTypes.SHORT_ANSWER, QuestionTypes.NUMERIC, QuestionTypes.MATCHING, QuestionTypes.ORDERING,
                QuestionTypes.ESSAY);
        assertThat(BuiltInQuestionTypes.all()).filteredOn(QuestionType::gradedByHand).extracting(QuestionType::id)
                .containsExactly(QuestionTypes.ESSAY);
        assertThat(BuiltInQuestionTypes.all()).filteredOn(t -> !t.shufflesChoices()).extracting(QuestionType::id)
                .containsExactly(QuestionTypes.TRUE_FALSE);
        assertThatThrownBy(() -> BuiltInQuestionTypes.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachIsAStatelessFinalClassWithAPublicNoArgConstructor() throws Exception {
        for (QuestionType type : BuiltInQuestionTypes.all()) {
            Class<?> c = type.getClass();
            assertThat(Modifier.isFinal(c.getModifiers())).as(c.getName()).isTrue();
            assertThat(Modifier.isPublic(c.getModifiers())).as(c.getName()).isTrue();
            assertThat(c.getConstructor().newInstance()).isInstanceOf(QuestionType.class);
            assertThat(c.getDeclaredFields()).as(c.getName())
                    .allMatch(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()));
        }
    }
}
