package org.ustoz.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.testing.Bundles;

class MessagesTest {

    @Test
    void everyCoreCodeHasAMessageInEveryLanguage() {
        Bundles.assertEveryCodeHasAMessageInEveryLanguage(CoreError.values());
    }

    @Test
    void everyValidationMessageExistsInEveryLanguage() {
        Bundles.assertSameKeysInEveryLanguage("org.ustoz.core.ValidationMessages");
    }

    @Test
    void rendersInTheRequestedLanguageWithTheArguments() {
        UstozException e = new UstozException(CoreError.UNSUPPORTED_DATABASE, "Oracle");
        assertThat(e.getMessage()).isEqualTo("[core.unsupported-database] This database is not supported by Ustoz: Oracle.");
        assertThat(e.getMessage(Locale.forLanguageTag("ru"))).contains("не поддерживается").contains("Oracle");
        assertThat(e.getMessage(Locale.forLanguageTag("tg"))).contains("дастгирӣ");
        assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
        assertThat(e.localizedFor(Locale.KOREAN).getLocalizedMessage()).contains("지원하지 않는");
    }

    @Test
    void englishIsChosenForAnEnglishCallerWhateverTheJvmDefault() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        try {
            assertThat(new UstozException(CoreError.NO_TRANSACTION).getMessage(Locale.ENGLISH)).contains("No transaction");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void kyrgyzTurkmenAndUzbekInBothScriptsHaveTheirOwnTexts() {
        UstozException e = new UstozException(CoreError.UNSUPPORTED_DATABASE, "Oracle");
        assertThat(e.getMessage(Locale.forLanguageTag("ky"))).contains("колдобойт").contains("Oracle");
        assertThat(e.getMessage(Locale.forLanguageTag("tk"))).contains("goldanylmaýar").contains("Oracle");
        // uz-Cyrl is looked up as messages_uz_Cyrl; plain uz (and uz-Latn) keep the Latin messages_uz
        assertThat(e.getMessage(Locale.forLanguageTag("uz-Cyrl"))).contains("қўллаб-қувватламайди").contains("Oracle");
        assertThat(e.getMessage(Locale.forLanguageTag("uz-Cyrl-UZ"))).contains("қўллаб-қувватламайди");
        assertThat(e.getMessage(Locale.forLanguageTag("uz"))).contains("qoʻllab-quvvatlamaydi");
        assertThat(e.getMessage(Locale.forLanguageTag("uz-Latn"))).contains("qoʻllab-quvvatlamaydi");
        assertThat(e.getMessage(Locale.forLanguageTag("uz-UZ"))).contains("qoʻllab-quvvatlamaydi");
    }

    @Test
    void everyPatternRendersInEveryLanguage() {
        Bundles.assertSameKeysInEveryLanguage("org.ustoz.core.messages");
        Bundles.assertEveryPatternRendersInEveryLanguage("org.ustoz.core.messages");
        for (String language : Bundles.LANGUAGES) {
            Locale locale = Bundles.locale(language);
            for (CoreError code : CoreError.values()) {
                String text = UstozException.render(code, locale, "A", "B", "C");
                assertThat(text).as("%s in '%s'", code.code(), language)
                        .startsWith("[" + code.code() + "] ").doesNotContain("{0}");
            }
        }
    }
}
