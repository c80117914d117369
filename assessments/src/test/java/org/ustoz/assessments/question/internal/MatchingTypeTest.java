package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.choices;
import static org.ustoz.assessments.question.internal.Fixtures.dec;
import static org.ustoz.assessments.question.internal.Fixtures.en;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;

class MatchingTypeTest {

    final MatchingType type = new MatchingType();
    final QuestionContent theorists = choices(
            Choice.pair("bloom", en("Bloom"), en("taxonomy of learning objectives")),
            Choice.pair("vygotsky", en("Vygotsky"), en("zone of proximal development")),
            Choice.pair("kolb", en("Kolb"), en("experiential learning cycle")),
            Choice.pair("piaget", en("Piaget"), en("stages of cognitive development")));

    static Response pairs(String... premiseAnswer) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < premiseAnswer.length; i += 2) {
            map.put(premiseAnswer[i], premiseAnswer[i + 1]);
        }
        return Response.matches(map);
    }

    Credit grade(QuestionContent content, Response response) {
        assertThat(type.problemsWithResponse(content, response)).isEmpty();
        return type.grade(content, response);
    }

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("matching");
        assertThat(type.gradedByHand()).isFalse();
        assertThat(type.shufflesChoices()).isTrue();
    }

    @Test
    void eachRightPairEarnsItsShare() {
        assertThat(grade(theorists, pairs("bloom", "bloom", "vygotsky", "vygotsky", "kolb", "kolb", "piaget", "piaget")))
                .isEqualTo(Credit.FULL);
        assertThat(grade(theorists, pairs("bloom", "bloom", "vygotsky", "vygotsky", "kolb", "piaget", "piaget", "kolb"))
                .fraction()).isEqualByComparingTo(dec("0.5"));
        assertThat(grade(theorists, pairs("bloom", "bloom", "vygotsky", "vygotsky", "kolb", "kolb", "piaget", "bloom"))
                .fraction()).isEqualByComparingTo(dec("0.75"));
        // unanswered premises earn nothing
        assertThat(grade(theorists, pairs("kolb", "kolb")).fraction()).isEqualByComparingTo(dec("0.25"));
        assertThat(grade(theorists, pairs("bloom", "piaget", "piaget", "bloom"))).isEqualTo(Credit.NONE);
        assertThat(grade(theorists, Response.EMPTY)).isEqualTo(Credit.NONE);
        QuestionContent three = choices(theorists.choices().subList(0, 3).toArray(Choice[]::new));
        assertThat(grade(three, pairs("bloom", "bloom")).fraction()).isEqualByComparingTo(dec("0.3333333"));
        assertThat(grade(three, pairs("bloom", "bloom", "kolb", "kolb")).fraction()).isEqualByComparingTo(dec("0.6666667"));
    }

    @Test
    void allOrNothingNeedsEveryPair() {
        QuestionContent content = theorists.with("scoring", "all-or-nothing");
        assertThat(grade(content, pairs("bloom", "bloom", "vygotsky", "vygotsky", "kolb", "kolb", "piaget", "piaget")))
                .isEqualTo(Credit.FULL);
        assertThat(grade(content, pairs("bloom", "bloom", "vygotsky", "vygotsky", "kolb", "kolb", "piaget", "bloom")))
                .isEqualTo(Credit.NONE);
        assertThat(grade(content, pairs("bloom", "bloom", "vygotsky", "vygotsky", "kolb", "kolb")))
                .isEqualTo(Credit.NONE);
        assertThat(grade(theorists.with("scoring", "partial"), pairs("bloom", "bloom")).fraction())
                .isEqualByComparingTo(dec("0.25"));
    }

    @Test
    void premisesSharingAnAnswerAcceptEitherKey() {
        LocalizedText asia = LocalizedText.builder().put("en", "Asia").put("ru", "Азия").put("tg", "Осиё").build();
        QuestionContent continents = choices(
                Choice.pair("tj", en("Tajikistan"), asia),
                Choice.pair("kr", en("Korea"), LocalizedText.builder().put("en", "Asia").put("ru", "Азия")
                        .put("tg", "Осиё").build()),
                Choice.pair("de", en("Germany"), en("Europe")));
        assertThat(grade(continents, pairs("tj", "kr", "kr", "tj", "de", "de"))).isEqualTo(Credit.FULL);
        assertThat(grade(continents, pairs("tj", "kr", "kr", "kr", "de", "de"))).isEqualTo(Credit.FULL);
        assertThat(grade(continents, pairs("tj", "de", "kr", "tj", "de", "kr")).fraction())
                .isEqualByComparingTo(dec("0.3333333"));
        // the same English text with other translations is another answer
        QuestionContent differing = choices(Choice.pair("tj", en("Tajikistan"), asia),
                Choice.pair("kr", en("Korea"), en("Asia")));
        assertThat(grade(differing, pairs("tj", "kr", "kr", "tj"))).isEqualTo(Credit.NONE);
        assertThat(grade(differing, pairs("tj", "tj", "kr", "kr"))).isEqualTo(Credit.FULL);
    }

    @Test
    void acceptsValidContent() {
        assertThat(type.problemsWith(theorists)).isEmpty();
        assertThat(type.problemsWith(theorists.with("scoring", "all-or-nothing"))).isEmpty();
    }

    @Test
    void reportsEveryContentProblem() {
        assertThat(type.problemsWith(choices(Choice.pair("a", en("A"), en("1")))))
                .containsExactly(new ContentProblem("choices", "needs at least 2 choices, has 1"));
        assertThat(type.problemsWith(choices(Choice.pair("a", en("A"), en("1")), Choice.item("b", en("B")),
                Choice.pair("a", en("C"), en("3")), Choice.pair("d=e", en("D"), en("4")))))
                .containsExactly(new ContentProblem("choices[2].key", "\"a\" is also the key of choices[0]"),
                        new ContentProblem("choices[3].key", "must not contain '=' or ','"),
                        new ContentProblem("choices[1].match", "needs the answer this premise matches"));
        assertThat(type.problemsWith(theorists.with("scoring", "right-minus-wrong"))).containsExactly(
                new ContentProblem("settings.scoring",
                        "unknown value \"right-minus-wrong\"; expected partial, all-or-nothing"));
    }

    @Test
    void reportsEveryResponseProblem() {
        assertThat(type.problemsWithResponse(theorists, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(theorists, new Response(List.of("bloom=bloom", "kolb=bloom"))))
                .isEmpty();
        assertThat(type.problemsWithResponse(theorists, new Response(List.of("bloom", "=kolb", "kolb=", "a=b=c", ""))))
                .containsExactly("malformed pair \"bloom\"; expected premiseKey=answerKey",
                        "malformed pair \"=kolb\"; expected premiseKey=answerKey",
                        "malformed pair \"kolb=\"; expected premiseKey=answerKey",
                        "malformed pair \"a=b=c\"; expected premiseKey=answerKey",
                        "malformed pair \"\"; expected premiseKey=answerKey");
        assertThat(type.problemsWithResponse(theorists,
                new Response(List.of("freire=bloom", "bloom=dewey", "kolb=kolb", "kolb=piaget"))))
                .containsExactly("unknown premise key \"freire\"", "unknown answer key \"dewey\"",
                        "premise \"kolb\" is matched more than once");
        assertThatThrownBy(() -> type.grade(theorists, new Response(List.of("bloom"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed pair");
    }
}
