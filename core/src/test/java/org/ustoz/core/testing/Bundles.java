package org.ustoz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.ustoz.core.error.ErrorCode;

/** Checks that message bundles have a text for every key in every supported language. */
public final class Bundles {

    /**
     * The languages Ustoz ships texts for, as the suffixes of the bundle files; "" is the root bundle
     * (English), "uz" is Uzbek in Latin script and "uz_Cyrl" (the file {@link java.util.ResourceBundle}
     * looks up for {@code uz-Cyrl}) Uzbek in Cyrillic script.
     */
    public static final List<String> LANGUAGES = List.of("", "en", "ru", "ko", "tg", "uz", "kk", "ky", "tk", "uz_Cyrl");

    private Bundles() {
    }

    /** The properties of one bundle file, read as UTF-8 (as {@link java.util.ResourceBundle} does). */
    public static Properties load(String baseName, String language) {
        String path = baseName.replace('.', '/') + (language.isEmpty() ? "" : "_" + language) + ".properties";
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("bundle file %s", path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every code has a non-blank message in every language's own file, with the same placeholders. */
    public static void assertEveryCodeHasAMessageInEveryLanguage(ErrorCode[] codes) {
        for (String language : LANGUAGES) {
            Properties p = load(codes[0].bundle(), language);
            Properties root = load(codes[0].bundle(), "");
            for (ErrorCode code : codes) {
                String text = p.getProperty(code.code());
                assertThat(text).as("%s in bundle '%s'", code.code(), language).isNotBlank();
                assertThat(placeholders(text)).as("placeholders of %s in '%s'", code.code(), language)
                        .isEqualTo(placeholders(root.getProperty(code.code())));
                assertThat(text).as("%s in '%s' has an ASCII apostrophe (MessageFormat escape)", code.code(), language)
                        .doesNotContain("'");
            }
        }
    }

    /** Every language's own file has exactly the keys of the root file. */
    public static void assertSameKeysInEveryLanguage(String baseName) {
        Properties root = load(baseName, "");
        assertThat(root).isNotEmpty();
        for (String language : LANGUAGES) {
            assertThat(load(baseName, language).stringPropertyNames()).as("keys of %s '%s'", baseName, language)
                    .containsExactlyInAnyOrderElementsOf(root.stringPropertyNames());
        }
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d}").matcher(text).results().map(r -> r.group()).sorted().distinct()
                .toList();
    }
}
