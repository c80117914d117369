package org.ustoz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.LocalizedTextConverter;

class LocalizedTextTest {

    static final LocalizedText TITLE = LocalizedText.builder()
            .put("tg", "Рақамисозии маориф")
            .put("ru", "Цифровизация образования")
            .put("ko", "교육의 디지털화")
            .put("uz-Latn", "Taʼlimni raqamlashtirish")
            .put("en", "Digitalization of Education")
            .build();

    @Test
    void resolvesThroughTheFallbackChain() {
        assertThat(TITLE.get(Locale.forLanguageTag("ko-KR"))).isEqualTo("교육의 디지털화");
        assertThat(TITLE.get(Locale.forLanguageTag("tg-TJ"))).isEqualTo("Рақамисозии маориф");
        assertThat(TITLE.get(Locale.forLanguageTag("uz-Latn-UZ"))).isEqualTo("Taʼlimni raqamlashtirish");
        // Kazakh has no text: the caller's fallback (Russian) before the primary language (Tajik)
        assertThat(TITLE.get(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"))).isEqualTo("Цифровизация образования");
        assertThat(TITLE.get(Locale.forLanguageTag("kk"))).isEqualTo("Рақамисозии маориф");
        assertThat(TITLE.primaryLocale()).isEqualTo(Locale.forLanguageTag("tg"));
    }

    @Test
    void survivesTheJsonColumnRoundTrip() {
        LocalizedText tricky = LocalizedText.builder()
                .put("en", "Quotes \" and \\ back\\slash, tab\tand new\nline 😀")
                .put("kk", "Әліппе ңөұүһі")
                .build();
        LocalizedTextConverter converter = new LocalizedTextConverter();
        for (LocalizedText text : new LocalizedText[] {TITLE, tricky}) {
            String json = converter.convertToDatabaseColumn(text);
            LocalizedText back = converter.convertToEntityAttribute(json);
            assertThat(back).isEqualTo(text);
            assertThat(back.locales()).containsExactlyElementsOf(text.locales());
        }
    }

    @Test
    void needsAtLeastOneText() {
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("en", "  ");
        assertThatThrownBy(() -> LocalizedText.of(blank)).isInstanceOf(UstozException.class)
                .hasMessageContaining("core.localized-text.empty");
        assertThat(TITLE.with(Locale.forLanguageTag("kk"), "Білімді цифрландыру").get(Locale.forLanguageTag("kk")))
                .isEqualTo("Білімді цифрландыру");
    }
}
