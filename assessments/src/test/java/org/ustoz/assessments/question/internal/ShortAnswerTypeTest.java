package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.assessments.question.internal.Fixtures.answers;
import static org.ustoz.assessments.question.internal.Fixtures.dec;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;

class ShortAnswerTypeTest {

    final ShortAnswerType type = new ShortAnswerType();

    Credit grade(QuestionContent content, String text) {
        assertThat(type.problemsWithResponse(content, Response.text(text))).isEmpty();
        return type.grade(content, Response.text(text));
    }

    boolean accepts(String answer, String text) {
        return grade(answers(AcceptedAnswer.of(answer)), text).isFull();
    }

    boolean acceptsCaseSensitively(String answer, String text) {
        return grade(answers(AcceptedAnswer.of(answer)).with("case-sensitive", "true"), text).isFull();
    }

    @Test
    void describesItself() {
        assertThat(type.id()).isEqualTo("short-answer");
        assertThat(type.gradedByHand()).isFalse();
    }

    @Test
    void trimsAndCollapsesWhiteSpace() {
        assertThat(accepts("digital education", "  digital   education \n")).isTrue();
        assertThat(accepts("digital education", "digital\teducation")).isTrue();
        assertThat(accepts("  digital  education ", "digital education")).isTrue();
        // no-break space, ideographic space, narrow no-break space, line separator
        assertThat(accepts("digital education", "digital\u00A0\u3000education")).isTrue();
        assertThat(accepts("digital education", "digital\u202Feducation")).isTrue();
        assertThat(accepts("digital education", "digital\u2028education")).isTrue();
        // invisible characters left by copy and paste
        assertThat(accepts("pedagogy", "\uFEFFpeda\u00ADgogy\u200B")).isTrue();
        assertThat(accepts("digital education", "digitaleducation")).isFalse();
        assertThat(accepts("digital education", "digital-education")).isFalse();
    }

    @Test
    void comparesAfterNfkc() {
        // full-width letters and digits, as typed with an East Asian input method
        assertThat(accepts("UNESCO 2025", "ＵＮＥＳＣＯ　２０２５")).isTrue();
        assertThat(accepts("ＵＮＥＳＣＯ", "unesco")).isTrue();
        // compatibility ligature and superscript
        assertThat(accepts("file", "ﬁle")).isTrue();
        assertThat(accepts("m2", "m²")).isTrue();
        // Tajik letters typed as base letter plus combining macron compose to ӯ and ӣ
        assertThat(accepts("омӯзгор", "ому\u0304згор")).isTrue();
        assertThat(accepts("миллӣ", "милли\u0304")).isTrue();
        // Korean typed as conjoining jamo composes to syllables
        assertThat(accepts("교육", "\u1100\u116D\u110B\u1172\u11A8")).isTrue();
        assertThat(accepts("디지털 교육", "  디지털    교육 ")).isTrue();
        assertThat(accepts("교육", "교 육")).isFalse();
        assertThat(accepts("교육", "고육")).isFalse();
    }

    @Test
    void ignoresCaseInCyrillicAndTajikLetters() {
        assertThat(accepts("Омӯзгор", "ОМӮЗГОР")).isTrue();
        assertThat(accepts("Ӯ", "ӯ")).isTrue();
        assertThat(accepts("Ҷумҳурии Тоҷикистон", "ҷумҳурии тоҷикистон")).isTrue();
        assertThat(accepts("ҳ қ ғ ҷ ӣ ӯ", "Ҳ Қ Ғ Ҷ Ӣ Ӯ")).isTrue();
        assertThat(accepts("Қалам", "қалам")).isTrue();
        // look-alike letters stay different: Tajik ӯ is not у, қ is not к, ғ is not г
        assertThat(accepts("омӯзгор", "омузгор")).isFalse();
        assertThat(accepts("қалам", "калам")).isFalse();
        assertThat(accepts("ғизо", "гизо")).isFalse();
        // Korean has no case; it matches itself only
        assertThat(accepts("교육", "교육")).isTrue();
    }

    @Test
    void caseSensitiveWhenAsked() {
        assertThat(acceptsCaseSensitively("Омӯзгор", "Омӯзгор")).isTrue();
        assertThat(acceptsCaseSensitively("Омӯзгор", "омӯзгор")).isFalse();
        assertThat(acceptsCaseSensitively("UNESCO", "ＵＮＥＳＣＯ")).isTrue();
        assertThat(acceptsCaseSensitively("UNESCO", "Unesco")).isFalse();
        assertThat(grade(answers(AcceptedAnswer.of("UNESCO")).with("case-sensitive", "false"), "unesco"))
                .isEqualTo(Credit.FULL);
    }

    @Test
    void turkishAndKazakhDotlessIIsKeptAndFoldsWithItsCapital() {
        assertThat(TextMatch.normalise("ılım")).isEqualTo("ılım");
        assertThat(accepts("ılım", "ılım")).isTrue();
        assertThat(accepts("ılım", "ILIM")).isTrue();
        assertThat(accepts("İstanbul", "istanbul")).isTrue();
        assertThat(accepts("istanbul", "İSTANBUL")).isTrue();
        assertThat(accepts("Qazaqstan", "QAZAQSTAN")).isTrue();
        // case-sensitively, dotted and dotless i are different letters
        assertThat(acceptsCaseSensitively("ılım", "ılım")).isTrue();
        assertThat(acceptsCaseSensitively("ılım", "ilim")).isFalse();
        assertThat(acceptsCaseSensitively("İstanbul", "Istanbul")).isFalse();
        // folding keeps one code point per code point: dotless ı never becomes two characters
        assertThat(TextMatch.fold("İIıi")).isEqualTo("iiii");
        assertThat(TextMatch.fold("ӮҲҚҒҶӢ")).isEqualTo("ӯҳқғҷӣ");
        assertThat(TextMatch.fold("ΣΟΦΊΑ σοφός")).isEqualTo("σοφία σοφόσ");
    }

    @Test
    void starIsAWildcardForAnyRun() {
        assertThat(accepts("digital*education", "digital education")).isTrue();
        assertThat(accepts("digital*education", "Digital transformation of education")).isTrue();
        assertThat(accepts("digital*education", "digitaleducation")).isTrue();
        assertThat(accepts("digital*education", "digital education!")).isFalse();
        assertThat(accepts("digital*education", "education digital")).isFalse();
        assertThat(accepts("*education", "inclusive education")).isTrue();
        assertThat(accepts("educat*", "Educators")).isTrue();
        assertThat(accepts("*tech*ology*", "educational technology")).isTrue();
        assertThat(accepts("*tech*ology*", "ology of tech")).isFalse();
        assertThat(accepts("ab*ba", "aba")).isFalse();
        assertThat(accepts("ab*ba", "abba")).isTrue();
        assertThat(accepts("*", "anything at all")).isTrue();
        assertThat(accepts("таълим*", "Таълими рақамӣ")).isTrue();
        assertThat(accepts("*교육", "디지털 교육")).isTrue();
    }

    @Test
    void everythingButTheStarIsLiteral() {
        assertThat(accepts("e.g.", "e.g.")).isTrue();
        assertThat(accepts("e.g.", "eXgY")).isFalse();
        assertThat(accepts("3.14", "3x14")).isFalse();
        assertThat(accepts("[a-z]+", "[a-z]+")).isTrue();
        assertThat(accepts("[a-z]+", "abc")).isFalse();
        assertThat(accepts("(a|b)", "a")).isFalse();
        assertThat(accepts("^x$", "^x$")).isTrue();
        assertThat(accepts("a.*b", "a.anything b")).isTrue();
        assertThat(accepts("a.*b", "axb")).isFalse();
        assertThat(accepts("\\d", "\\d")).isTrue();
        assertThat(accepts("\\d", "7")).isFalse();
        assertThat(accepts("{1,2}?", "{1,2}?")).isTrue();
    }

    @Test
    void backslashStarIsALiteralStar() {
        assertThat(accepts("5 \\* 3", "5 * 3")).isTrue();
        assertThat(accepts("5 \\* 3", "5 x 3")).isFalse();
        assertThat(accepts("a\\*b*", "a*bcd")).isTrue();
        assertThat(accepts("a\\*b*", "axbcd")).isFalse();
        // any other backslash is literal
        assertThat(accepts("C:\\temp", "c:\\TEMP")).isTrue();
    }

    @Test
    void theBestMatchingAnswerCounts() {
        QuestionContent content = answers(AcceptedAnswer.of("photo*", "0.5"), AcceptedAnswer.of("photosynthesis"),
                AcceptedAnswer.of("*", "0"), AcceptedAnswer.of("*synthesis", "0.25"));
        assertThat(grade(content, "Photosynthesis")).isEqualTo(Credit.FULL);
        assertThat(grade(content, "photograph").fraction()).isEqualByComparingTo(dec("0.5"));
        assertThat(grade(content, "chemosynthesis").fraction()).isEqualByComparingTo(dec("0.25"));
        assertThat(grade(content, "chlorophyll")).isEqualTo(Credit.NONE);
        assertThat(type.grade(content, Response.EMPTY)).isEqualTo(Credit.NONE);
        assertThat(type.grade(content, Response.text("   "))).isEqualTo(Credit.NONE);
    }

    @Test
    void acceptsValidContent() {
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("photosynthesis")))).isEmpty();
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("a"), AcceptedAnswer.of("b*", "0.5"))
                .with("case-sensitive", "true"))).isEmpty();
    }

    @Test
    void reportsEveryContentProblem() {
        assertThat(type.problemsWith(answers()))
                .containsExactly(new ContentProblem("answers", "needs at least 1 accepted answer"));
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("a"), AcceptedAnswer.of(" \u3000 "),
                AcceptedAnswer.of("b", "1.5"), AcceptedAnswer.of("c", "-0.1"))))
                .containsExactly(new ContentProblem("answers[1].value", "must not be blank"),
                        new ContentProblem("answers[2].credit", "credit 1.5 is outside 0..1"),
                        new ContentProblem("answers[3].credit", "credit -0.1 is outside 0..1"));
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("a", "0.5"))))
                .containsExactly(new ContentProblem("answers", "no answer earns full credit (1)"));
        assertThat(type.problemsWith(answers(AcceptedAnswer.of("a")).with("case-sensitive", "yes")))
                .containsExactly(new ContentProblem("settings.case-sensitive",
                        "unknown value \"yes\"; expected false, true"));
    }

    @Test
    void aResponseIsOneText() {
        QuestionContent content = answers(AcceptedAnswer.of("a"));
        assertThat(type.problemsWithResponse(content, Response.text("a"))).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.text("x".repeat(10_000)))).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.choices("a", "b")))
                .containsExactly("expected one text, got 2 values");
        assertThatThrownBy(() -> type.grade(content, Response.choices("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
