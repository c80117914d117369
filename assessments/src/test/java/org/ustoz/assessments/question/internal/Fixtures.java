package org.ustoz.assessments.question.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.core.i18n.LocalizedText;

/** Small builders for question content in tests. */
final class Fixtures {

    static final LocalizedText STEM = LocalizedText.builder()
            .put("en", "Which tools support formative assessment?")
            .put("tg", "Кадом абзорҳо арзёбии ташаккулдиҳандаро дастгирӣ мекунанд?")
            .build();

    private Fixtures() {
    }

    static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    static Choice choice(String key, String credit) {
        return Choice.of(key, en("Option " + key), credit);
    }

    static QuestionContent choices(Choice... choices) {
        return QuestionContent.withChoices(STEM, List.of(choices));
    }

    static QuestionContent answers(AcceptedAnswer... answers) {
        return QuestionContent.withAnswers(STEM, List.of(answers));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
