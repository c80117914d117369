package org.ustoz.core.internal.persistence;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Locale} as its BCP 47 language tag, such as {@code tg-TJ} or {@code uz-Latn}. */
@Converter(autoApply = true)
public class LocaleConverter implements AttributeConverter<Locale, String> {

    @Override
    public String convertToDatabaseColumn(Locale locale) {
        return locale == null ? null : locale.toLanguageTag();
    }

    @Override
    public Locale convertToEntityAttribute(String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag);
    }
}
