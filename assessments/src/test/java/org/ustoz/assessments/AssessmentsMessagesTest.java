package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.attempt.AttemptStatus;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.testing.Bundles;

class AssessmentsMessagesTest {

    static final String MESSAGES = "org.ustoz.assessments.messages";

    @Test
    void everyAssessmentsCodeHasAMessageInEveryLanguage() {
        Bundles.assertEveryCodeHasAMessageInEveryLanguage(AssessmentsError.values());
        Bundles.assertSameKeysInEveryLanguage(MESSAGES);
    }

    @Test
    void everyPatternRendersInEveryLanguage() {
        Bundles.assertEveryPatternRendersInEveryLanguage(MESSAGES);
    }

    @Test
    void kyrgyzTurkmenAndUzbekInBothScriptsHaveTheirOwnTexts() {
        assertThat(UstozException.render(AssessmentsError.EXCHANGE_SYNTAX, Locale.forLanguageTag("ky"), 1, 7, "x"))
                .isEqualTo("[assessments.exchange.syntax] Суроо элементи 7: суроону окуу мүмкүн эмес (x).");
        assertThat(UstozException.render(AssessmentsError.EXCHANGE_SYNTAX, Locale.forLanguageTag("tk"), 0, 7, "x"))
                .isEqualTo("[assessments.exchange.syntax] Setir 7: soragy okap bolmaýar (x).");
        assertThat(UstozException.render(AssessmentsError.EXCHANGE_SYNTAX, Locale.forLanguageTag("uz-Cyrl"), 0, 7, "x"))
                .isEqualTo("[assessments.exchange.syntax] Қатор 7: саволни ўқиб бўлмади (x).");
        assertThat(UstozException.render(AssessmentsError.EXCHANGE_SYNTAX, Locale.forLanguageTag("uz"), 0, 7, "x"))
                .isEqualTo("[assessments.exchange.syntax] Qator 7: savolni oʻqib boʻlmadi (x).");
    }

    @Test
    void noMessageShowsAnAttemptStatusByItsConstantNameInAnyLanguage() {
        Bundles.assertNoEnumConstantIsShown(Map.of(AssessmentsError.ATTEMPT_NOT_IN_PROGRESS, Map.of(1, AttemptStatus.class)));
        assertThat(UstozException.render(AssessmentsError.ATTEMPT_NOT_IN_PROGRESS, Locale.forLanguageTag("ru"), "A-1",
                AttemptStatus.NEEDS_GRADING)).isEqualTo(
                        "[assessments.attempt.not-in-progress] Попытка A-1 больше не выполняется (статус «ожидает проверки»).");
    }
}
