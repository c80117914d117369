package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.answers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;

class NumericTypeTest {

    final NumericType type = new NumericType();
    /** π: 3.14 ± 0.01 earns full credit, 3 ± 0.5 half. */
    final QuestionContent pi = answers(AcceptedAnswer.number("3.14", "0.01", "1"),
            AcceptedAnswer.number("3", "0.5", "0.5"));

    BigDecimal grade(QuestionContent content, String text) {
        assertThat(type.problemsWithResponse(content, Response.text(text))).isEmpty();
        return type.grade(content, Response.text(text)).fraction();
    }

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("numeric");
        assertThat(type.gradedByHand()).isFalse();
    }

    @Test
    void theBestAnswerWithinItsAbsoluteToleranceCounts() {
        assertThat(grade(pi, "3.14")).isEqualByComparingTo("1");
        assertThat(grade(pi, "3.15")).isEqualByComparingTo("1");
        assertThat(grade(pi, "3.13")).isEqualByComparingTo("1");
        assertThat(grade(pi, "3.1416")).isEqualByComparingTo("1");
        assertThat(grade(pi, "3.151")).isEqualByComparingTo("0.5");
        assertThat(grade(pi, "3.129")).isEqualByComparingTo("0.5");
        assertThat(grade(pi, "3")).isEqualByComparingTo("0.5");
        assertThat(grade(pi, "2.5")).isEqualByComparingTo("0.5");
        assertThat(grade(pi, "3.5")).isEqualByComparingTo("0.5");
        assertThat(grade(pi, "2.49")).isEqualByComparingTo("0");
        assertThat(grade(pi, "3.51")).isEqualByComparingTo("0");
        assertThat(grade(pi, "-3.14")).isEqualByComparingTo("0");
        assertThat(type.grade(pi, Response.EMPTY)).isEqualTo(Credit.NONE);
        assertThat(type.grade(pi, Response.number(new BigDecimal("3.140")))).isEqualTo(Credit.FULL);
    }

    @Test
    void theOrderOfTheAnswersDoesNotMatter() {
        QuestionContent reversed = answers(AcceptedAnswer.number("3", "0.5", "0.5"),
                AcceptedAnswer.number("3.14", "0.01", "1"));
        assertThat(grade(reversed, "3.14")).isEqualByComparingTo("1");
        assertThat(grade(reversed, "3.2")).isEqualByComparingTo("0.5");
    }

    @Test
    void noToleranceMeansExactly() {
        QuestionContent answer = answers(AcceptedAnswer.of("42"));
        assertThat(grade(answer, "42")).isEqualByComparingTo("1");
        assertThat(grade(answer, "42.000")).isEqualByComparingTo("1");
        assertThat(grade(answer, "+42")).isEqualByComparingTo("1");
        assertThat(grade(answer, "42.0000001")).isEqualByComparingTo("0");
        assertThat(grade(answers(AcceptedAnswer.number("42", "0", "1")), "42.0000001")).isEqualByComparingTo("0");
    }

    @Test
    void relativeToleranceIsAFractionOfTheAnswer() {
        QuestionContent content = answers(AcceptedAnswer.number("200", "0.05", "1"),
                AcceptedAnswer.number("200", "0.1", "0.25")).with("tolerance", "relative");
        assertThat(grade(content, "200")).isEqualByComparingTo("1");
        assertThat(grade(content, "210")).isEqualByComparingTo("1");
        assertThat(grade(content, "190")).isEqualByComparingTo("1");
        assertThat(grade(content, "210.01")).isEqualByComparingTo("0.25");
        assertThat(grade(content, "180")).isEqualByComparingTo("0.25");
        assertThat(grade(content, "179.99")).isEqualByComparingTo("0");
        // the same tolerances read as absolute
        QuestionContent absolute = content.with("tolerance", "absolute");
        assertThat(grade(absolute, "200.05")).isEqualByComparingTo("1");
        assertThat(grade(absolute, "200.1")).isEqualByComparingTo("0.25");
        assertThat(grade(absolute, "201")).isEqualByComparingTo("0");
    }

    @Test
    void relativeToleranceOfNegativeAndZeroAnswers() {
        QuestionContent negative = answers(AcceptedAnswer.number("-40", "0.1", "1")).with("tolerance", "relative");
        assertThat(grade(negative, "-44")).isEqualByComparingTo("1");
        assertThat(grade(negative, "-36")).isEqualByComparingTo("1");
        assertThat(grade(negative, "-35.9")).isEqualByComparingTo("0");
        assertThat(grade(negative, "40")).isEqualByComparingTo("0");
        QuestionContent zero = answers(AcceptedAnswer.number("0", "0.1", "1")).with("tolerance", "relative");
        assertThat(grade(zero, "0.000")).isEqualByComparingTo("1");
        assertThat(grade(zero, "0.0001")).isEqualByComparingTo("0");
    }

    @Test
    void decimalArithmeticHasNoBinaryRoundingErrors() {
        // with doubles, 0.4 - 0.3 is 0.10000000000000003, more than 0.1
        QuestionContent content = answers(AcceptedAnswer.number("0.3", "0.1", "1"));
        assertThat(grade(content, "0.4")).isEqualByComparingTo("1");
        assertThat(grade(content, "0.2")).isEqualByComparingTo("1");
        assertThat(grade(content, "0.4000000000000000000001")).isEqualByComparingTo("0");
        QuestionContent big = answers(AcceptedAnswer.of("123456789012345678901234567890.5"));
        assertThat(grade(big, "123456789012345678901234567890,5")).isEqualByComparingTo("1");
        assertThat(grade(big, "123456789012345678901234567890.4")).isEqualByComparingTo("0");
    }

    @Test
    void readsCommasFullWidthDigitsAndSpaces() {
        assertThat(grade(pi, "3,14")).isEqualByComparingTo("1");
        assertThat(grade(pi, "  3,145 ")).isEqualByComparingTo("1");
        assertThat(grade(pi, "３．１４")).isEqualByComparingTo("1");
        assertThat(grade(pi, "３，１４")).isEqualByComparingTo("1");
        assertThat(grade(pi, "\u00A03.14\u3000")).isEqualByComparingTo("1");
        assertThat(NumericType.parse("3,5")).isEqualByComparingTo("3.5");
        assertThat(NumericType.parse(",5")).isEqualByComparingTo("0.5");
        assertThat(NumericType.parse("\u22123,5")).isEqualByComparingTo("-3.5");
        assertThat(NumericType.parse("-0")).isEqualByComparingTo("0");
        // Arabic-Indic and Devanagari digits
        assertThat(NumericType.parse("٤٢")).isEqualByComparingTo("42");
        assertThat(NumericType.parse("४२.५")).isEqualByComparingTo("42.5");
    }

    @Test
    void rejectsWhatIsNotANumber() {
        for (String text : new String[] {"abc", "3.5.1", "3,5,1", "3.5,1", "1 000", "1e3", "3.", ",", "--3", "3-",
                "0x1F", "½", "3 1/2", "NaN", "Infinity", "1".repeat(101)}) {
            assertThat(type.problemsWithResponse(pi, Response.text(text))).as(text).hasSize(1);
        }
        assertThat(type.problemsWithResponse(pi, Response.text("abc"))).containsExactly(
                "\"abc\" is not a number; write digits with a point or a comma, such as 3.5 or 3,5");
        assertThat(type.problemsWithResponse(pi, Response.text("1".repeat(100)))).isEmpty();
        assertThat(type.problemsWithResponse(pi, Response.text("x".repeat(50)))).containsExactly(
                "\"" + "x".repeat(40) + "…\" is not a number; write digits with a point or a comma, such as 3.5 or 3,5");
        assertThat(type.problemsWithResponse(pi, Response.choices("3", "4")))
                .containsExactly("expected one number, got 2 values");
        assertThat(type.problemsWithResponse(pi, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(pi, Response.text("  "))).isEmpty();
        assertThatThrownBy(() -> type.grade(pi, Response.text("abc"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void acceptsValidContent() {
        assertThat(type.problemsWith(pi)).isEmpty();
        assertThat(type.problemsWith(pi.with("tolerance", "relative"))).isEmpty();
        assertThat(type.problemsWith(pi.with("tolerance", "absolute"))).isEmpty();
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("3,5"), AcceptedAnswer.number("-2", "0", "0"))))
                .isEmpty();
    }

    @Test
    void reportsEveryContentProblem() {
        assertThat(type.problemsWith(answers()))
                .containsExactly(new ContentProblem("answers", "needs at least 1 accepted answer"));
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("3"), AcceptedAnswer.of("pi"),
                AcceptedAnswer.number("3", "-0.1", "0.5"), AcceptedAnswer.number("3", null, "1.5"))))
                .containsExactly(
                        new ContentProblem("answers[1].value",
                                "\"pi\" is not a number; write digits with a point or a comma, such as 3.5 or 3,5"),
                        new ContentProblem("answers[2].tolerance", "tolerance -0.1 must not be negative"),
                        new ContentProblem("answers[3].credit", "credit 1.5 is outside 0..1"));
        assertThat(type.problemsWith(answers(AcceptedAnswer.number("3", "0.1", "0.5"))))
                .containsExactly(new ContentProblem("answers", "no answer earns full credit (1)"));
        assertThat(type.problemsWith(pi.with("tolerance", "percent"))).containsExactly(new ContentProblem(
                "settings.tolerance", "unknown value \"percent\"; expected absolute, relative"));
    }
}
