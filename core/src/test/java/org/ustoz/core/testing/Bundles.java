package org.ustoz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.ustoz.core.error.ErrorCode;

import com.ibm.icu.text.MessageFormat;

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
     * Every text of an ICU {@link MessageFormat} bundle (messages, certificate labels) renders in every
     * language, with numbers as arguments (a {@code choice} format needs one), leaving no
     * placeholder unfilled and no ASCII apostrophe (MessageFormat's escape) in the pattern. A plural
     * pattern gets each of 0, 1, 2, 5, 21 and 1.5 in turn, so every plural form is rendered.
     */
    public static void assertEveryPatternRendersInEveryLanguage(String baseName) {
        Properties root = load(baseName, "");
        Object[] arguments = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        for (String language : LANGUAGES) {
            Properties p = load(baseName, language);
            for (String key : root.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as("%s in %s '%s'", key, baseName, language).isNotBlank().doesNotContain("'");
                for (Object count : new Object[] {0, 1, 2, 5, 21, new java.math.BigDecimal("1.5")}) {
                    Object[] args = arguments.clone();
                    if (pattern.contains("plural")) {
                        java.util.Arrays.fill(args, count);
                    }
                    String rendered = new MessageFormat(pattern, locale(language)).format(args);
                    assertThat(rendered).as("%s in %s '%s' rendered", key, baseName, language)
                            .doesNotContainPattern("\\{\\d").doesNotContain("#");
                }
            }
        }
    }

    /** The named or numbered parameters, as {@code {max}} or {@code {2}}, also where one has a format ({@code {2,plural,...}}). */
    private static List<String> parameters(String text) {
        return java.util.regex.Pattern.compile("\\{\\s*([\\w.]+)\\s*[,}]").matcher(text).results()
                .map(r -> "{" + r.group(1) + "}").sorted().distinct().toList();
    }

    /** The numbered placeholders, as {@code {2}}, also where one has a format ({@code {2,plural,...}}). */
    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\s*(\\d)\\s*[,}]").matcher(text).results()
                .map(r -> "{" + r.group(1) + "}").sorted().distinct().toList();
    }

    /**
     * For each code whose message shows enum arguments (position to enum class), renders the message in
     * every language with every constant at those positions and checks that no constant name (an
     * upper-case word such as {@code OPEN_FOR_ENROLMENT}) is left: every constant has its localized
     * name {@code enum.<SimpleClassName>.<CONSTANT>} in the code's bundle.
     */
    public static void assertNoEnumConstantIsShown(
            java.util.Map<? extends ErrorCode, java.util.Map<Integer, Class<? extends Enum<?>>>> enumArguments) {
        for (var entry : enumArguments.entrySet()) {
            ErrorCode code = entry.getKey();
            for (String language : LANGUAGES) {
                Properties p = load(code.bundle(), language);
                for (var argument : entry.getValue().entrySet()) {
                    for (Enum<?> constant : argument.getValue().getEnumConstants()) {
                        assertThat(p.getProperty(org.ustoz.core.error.UstozException.enumKey(constant)))
                                .as("%s in %s '%s'", org.ustoz.core.error.UstozException.enumKey(constant), code.bundle(),
                                        language)
                                .isNotBlank();
                        Object[] args = {"x0", "x1", "x2", "x3", "x4", "x5"};
                        for (var other : entry.getValue().entrySet()) {
                            args[other.getKey()] = other.getValue().getEnumConstants()[0];
                        }
                        args[argument.getKey()] = constant;
                        String text = org.ustoz.core.error.UstozException.render(code, locale(language), args);
                        assertThat(text.substring(code.code().length() + 3))
                                .as("%s in '%s' with %s", code.code(), language, constant)
                                .doesNotContainPattern("[A-Z_]{4,}");
                    }
                }
            }
        }
    }
}
