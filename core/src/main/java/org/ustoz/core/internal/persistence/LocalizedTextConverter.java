package org.ustoz.core.internal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.json.Json;

/** Stores a {@link LocalizedText} as a JSON object of language tag to text in one text column. */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return text == null ? null : Json.write(text.asMap());
    }

    @Override
    public LocalizedText convertToEntityAttribute(String json) {
        return json == null ? null : LocalizedText.of(Json.readStringMap(json));
    }
}
