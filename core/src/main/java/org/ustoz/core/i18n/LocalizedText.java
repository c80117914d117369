package org.ustoz.core.i18n;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;

/**
 * A text in one or more languages, such as a course title in Tajik, Russian, Korean and English.
 *
 * <p>Immutable. The first language given is the <em>primary</em> one: the text falls back to it when
 * no better match exists. {@link #get(Locale, Locale...)} resolves a requested locale through a
 * fallback chain: the exact locale ({@code tg-TJ}), its parents ({@code tg}), the caller's extra
 * fallbacks in order (for example Russian for a Tajik reader), then the primary language.
 *
 * <p>Stored portably as one JSON text column on H2, PostgreSQL and MariaDB (see
 * {@code LocalizedTextConverter}), so that reading a list of courses needs no extra join.
 */
public final class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ResourceBundle.Control CANDIDATES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private final LinkedHashMap<String, String> texts;

    private LocalizedText(LinkedHashMap<String, String> texts) {
        if (texts.isEmpty()) {
            throw new UstozException(CoreError.EMPTY_LOCALIZED_TEXT);
        }
        this.texts = texts;
    }

    /** A text in a single language. */
    public static LocalizedText of(Locale locale, String text) {
        return builder().put(locale, text).build();
    }

    /** A text in a single language given by its BCP 47 tag, such as {@code tg} or {@code uz-Latn}. */
    public static LocalizedText of(String languageTag, String text) {
        return of(Locale.forLanguageTag(languageTag), text);
    }

    /**
     * A text from language tags to texts, the first entry being the primary language. Blank texts
     * are left out.
     */
    public static LocalizedText of(Map<String, String> textsByLanguageTag) {
        Builder builder = builder();
        textsByLanguageTag.forEach((tag, text) -> builder.put(Locale.forLanguageTag(tag), text));
        return builder.build();
    }

    /** A builder; the first language put is the primary one. */
    public static Builder builder() {
        return new Builder();
    }

    /** The primary language. */
    public Locale primaryLocale() {
        return Locale.forLanguageTag(texts.keySet().iterator().next());
    }

    /** The text in the primary language. */
    public String primary() {
        return texts.values().iterator().next();
    }

    /** The languages this text has, primary first. */
    public List<Locale> locales() {
        return texts.keySet().stream().map(Locale::forLanguageTag).toList();
    }

    /** The text in exactly this locale, without fallback. */
    public Optional<String> exactly(Locale locale) {
        return Optional.ofNullable(texts.get(locale.toLanguageTag()));
    }

    /**
     * The best text for a reader of {@code locale}: the locale itself, its parents, the given
     * fallbacks (and their parents) in order, then the primary language. Never {@code null}.
     */
    public String get(Locale locale, Locale... fallbacks) {
        List<Locale> chain = new ArrayList<>();
        chain.add(locale);
        Collections.addAll(chain, fallbacks);
        for (Locale wanted : chain) {
            if (wanted == null) {
                continue;
            }
            for (Locale candidate : CANDIDATES.getCandidateLocales("", wanted)) {
                if (candidate.equals(Locale.ROOT)) {
                    continue;
                }
                String text = texts.get(candidate.toLanguageTag());
                if (text != null) {
                    return text;
                }
            }
        }
        return primary();
    }

    /** The texts by BCP 47 language tag, primary first. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(texts);
    }

    /** A copy with the text for one more (or a replaced) language; the primary language stays. */
    public LocalizedText with(Locale locale, String text) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(texts);
        copy.put(normalise(locale), Objects.requireNonNull(text));
        return new LocalizedText(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && texts.equals(other.texts)
                && primaryLocale().equals(other.primaryLocale());
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }

    private static String normalise(Locale locale) {
        return Objects.requireNonNull(locale, "locale").stripExtensions().toLanguageTag();
    }

    /** Collects the texts of a {@link LocalizedText}; the first language put is the primary one. */
    public static final class Builder {
        private final LinkedHashMap<String, String> texts = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a text; a {@code null} or blank text is ignored. */
        public Builder put(Locale locale, String text) {
            if (text != null && !text.isBlank()) {
                texts.put(normalise(locale), text);
            }
            return this;
        }

        /** Adds a text in a language given by its BCP 47 tag. */
        public Builder put(String languageTag, String text) {
            return put(Locale.forLanguageTag(languageTag), text);
        }

        /**
         * The text.
         *
         * @throws UstozException with {@link CoreError#EMPTY_LOCALIZED_TEXT} when no text was put
         */
        public LocalizedText build() {
            return new LocalizedText(new LinkedHashMap<>(texts));
        }
    }
}
