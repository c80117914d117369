package org.ustoz.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.FlatJson;

/** Stores a {@link LocalizedText} as a JSON object of language tag to text in one text column. */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return text == null ? null : FlatJson.write(text.asMap());
    }

    @Override
    public LocalizedText convertToEntityAttribute(String json) {
        return json == null ? null : LocalizedText.of(FlatJson.read(json));
    }
}
