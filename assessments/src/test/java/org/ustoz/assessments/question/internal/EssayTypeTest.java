package org.ustoz.assessments.question.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;

class EssayTypeTest {

    final EssayType type = new EssayType();
    final QuestionContent content = new QuestionContent(LocalizedText.builder()
            .put("en", "How will you use digital tools in your classroom?")
            .put("tg", "Шумо абзорҳои рақамиро дар синфи худ чӣ тавр истифода мебаред?")
            .put("ko", "교실에서 디지털 도구를 어떻게 활용하시겠습니까?").build(), null, null, null, null);

    @Test
    void isGradedByHand() {
        assertThat(type.id()).isEqualTo("essay");
        assertThat(type.gradedByHand()).isTrue();
    }

    @Test
    void needsOnlyAStem() {
        assertThat(type.problemsWith(content)).isEmpty();
    }

    @Test
    void aResponseIsOneTextOfAnyLength() {
        assertThat(type.problemsWithResponse(content, Response.text("Мо дар дарсҳо планшетҳоро истифода мебарем.\n\n"
                + "교사는 학생의 참여를 높이기 위해 ... ".repeat(2_000)))).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.EMPTY)).isEmpty();
        assertThat(type.problemsWithResponse(content, Response.choices("one", "two")))
                .containsExactly("expected one text, got 2 values");
    }

    @Test
    void refusesToGradeAutomatically() {
        assertThatThrownBy(() -> type.grade(content, Response.text("An essay")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("graded by hand");
    }
}
