package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.choice;
import static org.ustoz.assessments.question.internal.Fixtures.choices;
import static org.ustoz.assessments.question.internal.Fixtures.dec;
import static org.ustoz.assessments.question.internal.Fixtures.en;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;

class SingleChoiceTypeTest {

    final SingleChoiceType type = new SingleChoiceType();
    final QuestionContent content = choices(choice("a", "1"), choice("b", "0"), choice("c", "0.5"));

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("single-choice");
        assertThat(type.gradedByHand()).isFalse();
        assertThat(type.shufflesChoices()).isTrue();
    }

    @Test
    void theChosenChoiceEarnsItsCredit() {
        assertThat(type.grade(content, Response.choice("a"))).isEqualTo(Credit.FULL);
        assertThat(type.grade(content, Response.choice("b"))).isEqualTo(Credit.NONE);
        assertThat(type.grade(content, Response.choice("c")).fraction()).isEqualByComparingTo(dec("0.5"));
        assertThat(type.grade(content, Response.EMPTY)).isEqualTo(Credit.NONE);
        assertThat(type.grade(content, Response.choice(" "))).isEqualTo(Credit.NONE);
    }

    @Test
    void acceptsValidContent() {
        assertThat(type.problemsWith(content)).isEmpty();
        assertThat(type.problemsWith(choices(Choice.right("a", en("Yes")), Choice.wrong("b", en("No")))))
                .isEmpty();
        assertThat(type.problemsWith(choices(choice("a", "1"), choice("b", "1")))).isEmpty();
    }

    @Test
    void needsTwoChoicesAndOneRight() {
        assertThat(type.problemsWith(choices(choice("a", "1"))))
                .containsExactly(new ContentProblem("choices", "needs at least 2 choices, has 1"));
        assertThat(type.problemsWith(choices()))
                .containsExactly(new ContentProblem("choices", "needs at least 2 choices, has 0"));
        assertThat(type.problemsWith(choices(choice("a", "0.5"), choice("b", "0"))))
                .containsExactly(new ContentProblem("choices", "no choice earns full credit (1)"));
    }

    @Test
    void creditsLieWithinZeroAndOne() {
        assertThat(type.problemsWith(choices(choice("a", "1"), choice("b", "-0.5"), choice("c", "1.5"))))
                .containsExactly(new ContentProblem("choices[1].credit", "credit -0.5 is outside 0..1"),
                        new ContentProblem("choices[2].credit", "credit 1.5 is outside 0..1"));
    }

    @Test
    void keysAreNonBlankUniqueShortAndPlain() {
        String longKey = "k".repeat(41);
        List<ContentProblem> problems = type.problemsWith(choices(choice("a", "1"), choice(" ", "0"),
                choice("a", "0"), choice(longKey, "0"), choice("x=y", "0"), choice("x,y", "0"), choice("k".repeat(40), "0")));
        assertThat(problems).containsExactly(
                new ContentProblem("choices[1].key", "must not be blank"),
                new ContentProblem("choices[2].key", "\"a\" is also the key of choices[0]"),
                new ContentProblem("choices[3].key", "must be at most 40 characters long"),
                new ContentProblem("choices[4].key", "must not contain '=' or ','"),
                new ContentProblem("choices[5].key", "must not contain '=' or ','"));
        // 40 characters counted as code points: Korean and astral characters are one each
        assertThat(type.problemsWith(choices(choice("교".repeat(40), "1"), choice("𝑥".repeat(40), "0")))).isEmpty();
    }

    @Test
    void aResponseIsOneKnownKey() {
        assertThat(type.problemsWithResponse(content, Response.choice("a"))).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.choice("z")))
                .containsExactly("unknown choice key \"z\"");
        assertThat(type.problemsWithResponse(content, Response.choices("a", "b")))
                .containsExactly("expected one choice key, got 2 values");
        assertThat(type.problemsWithResponse(content, Response.choice("A")))
                .containsExactly("unknown choice key \"A\"");
    }

    @Test
    void refusesToGradeAMalformedResponse() {
        assertThatThrownBy(() -> type.grade(content, Response.choice("z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown choice key \"z\"");
    }
}
