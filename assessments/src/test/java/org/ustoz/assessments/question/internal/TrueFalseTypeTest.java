package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.choice;
import static org.ustoz.assessments.question.internal.Fixtures.choices;
import static org.ustoz.assessments.question.internal.Fixtures.en;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;

class TrueFalseTypeTest {

    final TrueFalseType type = new TrueFalseType();
    final QuestionContent trueIsRight = choices(Choice.right("true", en("True")), Choice.wrong("false", en("False")));
    final QuestionContent falseIsRight = choices(Choice.wrong("true", en("Рост")), Choice.right("false", en("Дурӯғ")));

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("true-false");
        assertThat(type.gradedByHand()).isFalse();
        assertThat(type.shufflesChoices()).isFalse();
    }

    @Test
    void theRightKeyEarnsFullCredit() {
        assertThat(type.grade(trueIsRight, Response.trueFalse(true))).isEqualTo(Credit.FULL);
        assertThat(type.grade(trueIsRight, Response.trueFalse(false))).isEqualTo(Credit.NONE);
        assertThat(type.grade(falseIsRight, Response.choice("false"))).isEqualTo(Credit.FULL);
        assertThat(type.grade(falseIsRight, Response.choice("true"))).isEqualTo(Credit.NONE);
        assertThat(type.grade(falseIsRight, Response.EMPTY)).isEqualTo(Credit.NONE);
    }

    @Test
    void acceptsBothOrders() {
        assertThat(type.problemsWith(trueIsRight)).isEmpty();
        assertThat(type.problemsWith(falseIsRight)).isEmpty();
        assertThat(type.problemsWith(choices(Choice.right("false", en("F")), Choice.wrong("true", en("T")))))
                .isEmpty();
    }

    @Test
    void needsExactlyTheTwoKeys() {
        assertThat(type.problemsWith(choices(Choice.right("true", en("T")))))
                .containsExactly(new ContentProblem("choices", "needs exactly 2 choices, keyed true and false; has 1"));
        assertThat(type.problemsWith(choices(Choice.right("true", en("T")), Choice.wrong("false", en("F")),
                Choice.wrong("maybe", en("M")))))
                .containsExactly(new ContentProblem("choices", "needs exactly 2 choices, keyed true and false; has 3"),
                        new ContentProblem("choices[2].key", "must be true or false"));
        assertThat(type.problemsWith(choices(Choice.right("yes", en("Y")), Choice.wrong("false", en("F")))))
                .containsExactly(new ContentProblem("choices[0].key", "must be true or false"));
        assertThat(type.problemsWith(choices(Choice.right("TRUE", en("T")), Choice.wrong("false", en("F")))))
                .containsExactly(new ContentProblem("choices[0].key", "must be true or false"));
        assertThat(type.problemsWith(choices(Choice.right("true", en("T")), Choice.wrong("true", en("F")))))
                .containsExactly(new ContentProblem("choices[1].key", "\"true\" is also the key of choices[0]"));
    }

    @Test
    void oneRightOneWrong() {
        assertThat(type.problemsWith(choices(Choice.right("true", en("T")), Choice.right("false", en("F")))))
                .containsExactly(new ContentProblem("choices",
                        "exactly one choice must be right (credit 1) and the other wrong (credit 0)"));
        assertThat(type.problemsWith(choices(Choice.wrong("true", en("T")), Choice.wrong("false", en("F")))))
                .containsExactly(new ContentProblem("choices",
                        "exactly one choice must be right (credit 1) and the other wrong (credit 0)"));
        assertThat(type.problemsWith(choices(choice("true", "0.5"), choice("false", "0"))))
                .containsExactly(new ContentProblem("choices[0].credit", "credit 0.5 must be 1 (right) or 0 (wrong)"));
        assertThat(type.problemsWith(choices(choice("true", "1.0"), choice("false", "0.00")))).isEmpty();
    }

    @Test
    void aResponseIsTrueOrFalse() {
        assertThat(type.problemsWithResponse(trueIsRight, Response.trueFalse(false))).isEmpty();
        assertThat(type.problemsWithResponse(trueIsRight, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(trueIsRight, Response.choice("yes")))
                .containsExactly("expected true or false, got \"yes\"");
        assertThat(type.problemsWithResponse(trueIsRight, Response.choice("True")))
                .containsExactly("expected true or false, got \"True\"");
        assertThat(type.problemsWithResponse(trueIsRight, Response.choices("true", "false")))
                .containsExactly("expected one choice key, true or false, got 2 values");
        assertThatThrownBy(() -> type.grade(trueIsRight, Response.choice("yes")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
