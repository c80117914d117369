package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.choice;
import static org.ustoz.assessments.question.internal.Fixtures.choices;
import static org.ustoz.assessments.question.internal.Fixtures.dec;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

class MultipleResponseTypeTest {

    static final List<String> KEYS = List.of("a", "b", "c", "d", "e");
    static final List<String> SCORINGS =
            List.of(QuestionTypes.PARTIAL, QuestionTypes.ALL_OR_NOTHING, QuestionTypes.RIGHT_MINUS_WRONG);

    final MultipleResponseType type = new MultipleResponseType();
    /** Right: a, b, c (0.5 + 0.3 + 0.2 = 1); wrong: d (penalised), e (no credit). */
    final QuestionContent partial = choices(choice("a", "0.5"), choice("b", "0.3"), choice("c", "0.2"),
            choice("d", "-0.5"), choice("e", "0"));
    final QuestionContent rightMinusWrong = partial.with("scoring", "right-minus-wrong");
    final QuestionContent allOrNothing = partial.with("scoring", "all-or-nothing");

    Credit grade(QuestionContent content, String... keys) {
        return type.grade(content, Response.choices(keys));
    }

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("multiple-response");
        assertThat(type.gradedByHand()).isFalse();
        assertThat(type.shufflesChoices()).isTrue();
    }

    @Test
    void partialScoringSumsTheChosenCreditsWithinZeroAndOne() {
        assertThat(grade(partial, "a", "b", "c")).isEqualTo(Credit.FULL);
        assertThat(grade(partial, "a").fraction()).isEqualByComparingTo(dec("0.5"));
        assertThat(grade(partial, "a", "b").fraction()).isEqualByComparingTo(dec("0.8"));
        assertThat(grade(partial, "a", "b", "d").fraction()).isEqualByComparingTo(dec("0.3"));
        assertThat(grade(partial, "a", "d")).isEqualTo(Credit.NONE);
        assertThat(grade(partial, "d")).isEqualTo(Credit.NONE);
        assertThat(grade(partial, "e")).isEqualTo(Credit.NONE);
        assertThat(grade(partial, "a", "b", "c", "e")).isEqualTo(Credit.FULL);
        assertThat(grade(partial, "a", "b", "c", "d", "e").fraction()).isEqualByComparingTo(dec("0.5"));
        assertThat(grade(partial)).isEqualTo(Credit.NONE);
        assertThat(type.grade(partial.with("scoring", "partial"), Response.choices("c", "a")).fraction())
                .isEqualByComparingTo(dec("0.7"));
    }

    @Test
    void rightMinusWrongCountsChoicesOverTheNumberRight() {
        assertThat(grade(rightMinusWrong, "a", "b", "c")).isEqualTo(Credit.FULL);
        assertThat(grade(rightMinusWrong, "a").fraction()).isEqualByComparingTo(dec("0.3333333"));
        assertThat(grade(rightMinusWrong, "a", "b").fraction()).isEqualByComparingTo(dec("0.6666667"));
        // e has no credit but is not right: choosing it costs as much as choosing d
        assertThat(grade(rightMinusWrong, "a", "b", "c", "e").fraction()).isEqualByComparingTo(dec("0.6666667"));
        assertThat(grade(rightMinusWrong, "a", "b", "d").fraction()).isEqualByComparingTo(dec("0.3333333"));
        assertThat(grade(rightMinusWrong, "a", "d")).isEqualTo(Credit.NONE);
        assertThat(grade(rightMinusWrong, "a", "d", "e")).isEqualTo(Credit.NONE);
        assertThat(grade(rightMinusWrong, "a", "b", "c", "d", "e").fraction()).isEqualByComparingTo(dec("0.3333333"));
        assertThat(grade(rightMinusWrong)).isEqualTo(Credit.NONE);
    }

    @Test
    void allOrNothingNeedsExactlyTheRightSet() {
        assertThat(grade(allOrNothing, "a", "b", "c")).isEqualTo(Credit.FULL);
        assertThat(grade(allOrNothing, "c", "a", "b")).isEqualTo(Credit.FULL);
        assertThat(grade(allOrNothing, "a", "b")).isEqualTo(Credit.NONE);
        assertThat(grade(allOrNothing, "a", "b", "c", "e")).isEqualTo(Credit.NONE);
        assertThat(grade(allOrNothing, "a", "b", "c", "d")).isEqualTo(Credit.NONE);
        assertThat(grade(allOrNothing)).isEqualTo(Credit.NONE);
    }

    @Test
    void acceptsValidContent() {
        assertThat(type.problemsWith(partial)).isEmpty();
        assertThat(type.problemsWith(rightMinusWrong)).isEmpty();
        assertThat(type.problemsWith(allOrNothing)).isEmpty();
        assertThat(type.problemsWith(choices(choice("a", "0.3333333"), choice("b", "0.3333333"),
                choice("c", "0.3333334"), choice("d", "-1")))).isEmpty();
    }

    @Test
    void thirdsAddUpExactlyWhenWrittenToAddUp() {
        QuestionContent thirds = choices(choice("a", "0.3333333"), choice("b", "0.3333333"),
                choice("c", "0.3333334"), choice("d", "0"));
        assertThat(grade(thirds, "a", "b", "c")).isEqualTo(Credit.FULL);
        assertThat(grade(thirds, "a", "b").fraction()).isEqualByComparingTo(dec("0.6666666"));
    }

    @Test
    void creditsLieWithinMinusOneAndOne() {
        assertThat(type.problemsWith(choices(choice("a", "1"), choice("b", "-1.5"), choice("c", "2"))))
                .containsExactly(new ContentProblem("choices[1].credit", "credit -1.5 is outside -1..1"),
                        new ContentProblem("choices[2].credit", "credit 2 is outside -1..1"));
    }

    @Test
    void needsTwoChoicesAndOneRight() {
        assertThat(type.problemsWith(choices(choice("a", "1"))))
                .containsExactly(new ContentProblem("choices", "needs at least 2 choices, has 1"));
        assertThat(type.problemsWith(choices(choice("a", "0"), choice("b", "-1"))))
                .containsExactly(new ContentProblem("choices", "no choice is right (credit above 0)"));
        assertThat(type.problemsWith(choices(choice("a", "0"), choice("b", "-1")).with("scoring", "all-or-nothing")))
                .containsExactly(new ContentProblem("choices", "no choice is right (credit above 0)"));
    }

    @Test
    void partialScoringNeedsRightCreditsAddingUpToOne() {
        ContentProblem notOne = new ContentProblem("choices",
                "the credits of the right choices add up to 0.8; under partial scoring they must add up to exactly 1");
        QuestionContent short08 = choices(choice("a", "0.5"), choice("b", "0.3"), choice("c", "-0.4"));
        assertThat(type.problemsWith(short08)).containsExactly(notOne);
        assertThat(type.problemsWith(short08.with("scoring", "partial"))).containsExactly(notOne);
        assertThat(type.problemsWith(choices(choice("a", "1"), choice("b", "1")))).containsExactly(
                new ContentProblem("choices", "the credits of the right choices add up to 2; "
                        + "under partial scoring they must add up to exactly 1"));
        assertThat(type.problemsWith(choices(choice("a", "0.3333333"), choice("b", "0.3333333"),
                choice("c", "0.3333333")))).hasSize(1);
        // the other scorings only look at which choices are right
        assertThat(type.problemsWith(short08.with("scoring", "all-or-nothing"))).isEmpty();
        assertThat(type.problemsWith(short08.with("scoring", "right-minus-wrong"))).isEmpty();
    }

    @Test
    void rejectsAnUnknownScoring() {
        assertThat(type.problemsWith(partial.with("scoring", "bogus"))).containsExactly(new ContentProblem(
                "settings.scoring", "unknown value \"bogus\"; expected partial, all-or-nothing, right-minus-wrong"));
        assertThat(type.problemsWith(partial.with("scoring", "Partial"))).extracting(ContentProblem::field)
                .containsExactly("settings.scoring");
        assertThatThrownBy(() -> type.grade(partial.with("scoring", "bogus"), Response.choices("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("settings.scoring");
    }

    @Test
    void aResponseIsDistinctKnownKeys() {
        assertThat(type.problemsWithResponse(partial, Response.choices("a", "e"))).isEmpty();
        assertThat(type.problemsWithResponse(partial, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(partial, Response.choices("a", "z", "a", "")))
                .containsExactly("unknown choice key \"z\"", "choice key \"a\" is given more than once",
                        "unknown choice key \"\"");
        assertThatThrownBy(() -> grade(partial, "a", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void gradingIgnoresTheOrderOfTheChosenKeys() {
        for (String scoring : SCORINGS) {
            QuestionContent content = partial.with("scoring", scoring);
            for (List<String> subset : Combinatorics.subsets(KEYS)) {
                Credit expected = type.grade(content, new Response(subset));
                for (List<String> order : Combinatorics.permutations(subset)) {
                    assertThat(type.grade(content, new Response(order))).as("%s %s", scoring, order)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void onlyTheRightSetEarnsFullCreditAndEveryCreditIsAFraction() {
        for (String scoring : SCORINGS) {
            for (List<String> subset : Combinatorics.subsets(KEYS)) {
                Credit credit = type.grade(partial.with("scoring", scoring), new Response(subset));
                boolean rightSet = subset.equals(List.of("a", "b", "c"))
                        || subset.equals(List.of("a", "b", "c", "e")) && scoring.equals(QuestionTypes.PARTIAL);
                assertThat(credit.isFull()).as("%s %s", scoring, subset).isEqualTo(rightSet);
                assertThat(credit.fraction()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
        }
    }
}
