package org.ustoz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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

    /** The locale whose lookup finds the file of a language suffix: "uz_Cyrl" is {@code uz-Cyrl}. */
    public static Locale locale(String language) {
        return language.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(language.replace('_', '-'));
    }

    /**
     * Every language's own file has exactly the keys of the root file, each with a non-blank text
     * that uses the same named or numbered parameters ({@code {max}}, {@code {0}}) as the root text.
     */
    public static void assertSameKeysInEveryLanguage(String baseName) {
        Properties root = load(baseName, "");
        assertThat(root).isNotEmpty();
        for (String language : LANGUAGES) {
            Properties p = load(baseName, language);
            assertThat(p.stringPropertyNames()).as("keys of %s '%s'", baseName, language)
                    .containsExactlyInAnyOrderElementsOf(root.stringPropertyNames());
            for (String key : root.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as("%s in %s '%s'", key, baseName, language).isNotBlank();
                assertThat(parameters(p.getProperty(key))).as("parameters of %s in %s '%s'", key, baseName, language)
                        .isEqualTo(parameters(root.getProperty(key)));
            }
        }
    }

    /**
     * Every text of a {@link MessageFormat} bundle (messages, certificate labels) renders in every
     * language, with numbers as arguments (a {@code choice} format needs one), leaving no
     * placeholder unfilled and no ASCII apostrophe (MessageFormat's escape) in the pattern.
     */
    public static void assertEveryPatternRendersInEveryLanguage(String baseName) {
        Properties root = load(baseName, "");
        Object[] arguments = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        for (String language : LANGUAGES) {
            Properties p = load(baseName, language);
            for (String key : root.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as("%s in %s '%s'", key, baseName, language).isNotBlank().doesNotContain("'");
                String rendered = new MessageFormat(pattern, locale(language)).format(arguments);
                assertThat(rendered).as("%s in %s '%s' rendered", key, baseName, language)
                        .doesNotContainPattern("\\{\\d");
            }
        }
    }

    private static List<String> parameters(String text) {
        return java.util.regex.Pattern.compile("\\{[\\w.]+}").matcher(text).results().map(r -> r.group()).sorted()
                .distinct().toList();
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d}").matcher(text).results().map(r -> r.group()).sorted().distinct()
                .toList();
    }
}
