package org.ustoz.assessments.question.internal;

import org.ustoz.assessments.internal.document.Documents;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.ustoz.assessments.question.QuestionContent;

/** Stores a question's content as a JSON document. */
@Converter
public class ContentConverter implements AttributeConverter<QuestionContent, String> {

    @Override
    public String convertToDatabaseColumn(QuestionContent content) {
        return content == null ? null : Documents.write(content);
    }

    @Override
    public QuestionContent convertToEntityAttribute(String json) {
        return json == null ? null : Documents.readContent(json);
    }
}
