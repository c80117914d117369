package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.choices;
import static org.ustoz.assessments.question.internal.Fixtures.dec;
import static org.ustoz.assessments.question.internal.Fixtures.en;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;

class OrderingTypeTest {

    static final List<String> KEYS = List.of("plan", "teach", "assess", "reflect", "revise");

    final OrderingType type = new OrderingType();
    final QuestionContent cycle = choices(KEYS.stream().map(k -> Choice.item(k, en(k))).toArray(Choice[]::new));
    final QuestionContent allOrNothing = cycle.with("scoring", "all-or-nothing");

    Credit grade(QuestionContent content, String... keys) {
        assertThat(type.problemsWithResponse(content, Response.order(keys))).isEmpty();
        return type.grade(content, Response.order(keys));
    }

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("ordering");
        assertThat(type.gradedByHand()).isFalse();
        assertThat(type.shufflesChoices()).isTrue();
    }

    @Test
    void partialScoringIsTheShareInTheRightPosition() {
        assertThat(grade(cycle, "plan", "teach", "assess", "reflect", "revise")).isEqualTo(Credit.FULL);
        assertThat(grade(cycle, "plan", "teach", "assess", "revise", "reflect").fraction())
                .isEqualByComparingTo(dec("0.6"));
        assertThat(grade(cycle, "teach", "plan", "assess", "revise", "reflect").fraction())
                .isEqualByComparingTo(dec("0.2"));
        // shifting everything by one puts no item in its place
        assertThat(grade(cycle, "revise", "plan", "teach", "assess", "reflect")).isEqualTo(Credit.NONE);
        assertThat(grade(cycle, "revise", "reflect", "assess", "teach", "plan").fraction())
                .isEqualByComparingTo(dec("0.2"));
        assertThat(type.grade(cycle, Response.EMPTY)).isEqualTo(Credit.NONE);
        QuestionContent three = choices(Choice.item("a", en("A")), Choice.item("b", en("B")), Choice.item("c", en("C")));
        assertThat(grade(three, "a", "c", "b").fraction()).isEqualByComparingTo(dec("0.3333333"));
    }

    @Test
    void allOrNothingNeedsTheWholeOrder() {
        assertThat(grade(allOrNothing, "plan", "teach", "assess", "reflect", "revise")).isEqualTo(Credit.FULL);
        assertThat(grade(allOrNothing, "plan", "teach", "assess", "revise", "reflect")).isEqualTo(Credit.NONE);
        assertThat(grade(cycle.with("scoring", "partial"), "plan", "teach", "assess", "revise", "reflect")
                .fraction()).isEqualByComparingTo(dec("0.6"));
    }

    @Test
    void everyPermutationEarnsItsShareAndOnlyTheRightOrderIsFull() {
        List<List<String>> permutations = Combinatorics.permutations(KEYS);
        assertThat(permutations).hasSize(120);
        for (List<String> order : permutations) {
            long inPlace = 0;
            for (int i = 0; i < KEYS.size(); i++) {
                inPlace += KEYS.get(i).equals(order.get(i)) ? 1 : 0;
            }
            Credit partial = type.grade(cycle, new Response(order));
            Credit whole = type.grade(allOrNothing, new Response(order));
            assertThat(partial.fraction()).as("%s", order)
                    .isEqualByComparingTo(BigDecimal.valueOf(inPlace).divide(BigDecimal.valueOf(5)))
                    .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(partial.isFull()).isEqualTo(order.equals(KEYS));
            assertThat(whole).isEqualTo(order.equals(KEYS) ? Credit.FULL : Credit.NONE);
        }
    }

    @Test
    void acceptsValidContent() {
        assertThat(type.problemsWith(cycle)).isEmpty();
        assertThat(type.problemsWith(allOrNothing)).isEmpty();
    }

    @Test
    void reportsEveryContentProblem() {
        assertThat(type.problemsWith(choices(Choice.item("a", en("A")))))
                .containsExactly(new ContentProblem("choices", "needs at least 2 choices, has 1"));
        assertThat(type.problemsWith(choices(Choice.item("a", en("A")), Choice.item("a", en("B")),
                Choice.item("c,d", en("C")), Choice.item("", en("D")))))
                .containsExactly(new ContentProblem("choices[1].key", "\"a\" is also the key of choices[0]"),
                        new ContentProblem("choices[2].key", "must not contain '=' or ','"),
                        new ContentProblem("choices[3].key", "must not be blank"));
        assertThat(type.problemsWith(cycle.with("scoring", "right-minus-wrong"))).containsExactly(
                new ContentProblem("settings.scoring",
                        "unknown value \"right-minus-wrong\"; expected partial, all-or-nothing"));
    }

    @Test
    void aResponseIsAPermutationOfAllKeys() {
        assertThat(type.problemsWithResponse(cycle, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(cycle, Response.order("plan", "teach", "assess", "reflect")))
                .containsExactly("item \"revise\" is missing; the order must list every item once");
        assertThat(type.problemsWithResponse(cycle,
                Response.order("plan", "teach", "plan", "reflect", "revise", "evaluate"))).containsExactly(
                "choice key \"plan\" is given more than once", "unknown choice key \"evaluate\"",
                "item \"assess\" is missing; the order must list every item once");
        assertThatThrownBy(() -> type.grade(cycle, Response.order("plan")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }
}
