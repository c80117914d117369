package org.ustoz.assessments.question.internal;

import org.ustoz.assessments.internal.document.Documents;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.ustoz.assessments.grading.RubricCriterion;

/** Stores a rubric's criteria and levels as a JSON document. */
@Converter
public class RubricConverter implements AttributeConverter<List<RubricCriterion>, String> {

    @Override
    public String convertToDatabaseColumn(List<RubricCriterion> criteria) {
        return criteria == null ? null : Documents.writeRubric(criteria);
    }

    @Override
    public List<RubricCriterion> convertToEntityAttribute(String json) {
        return json == null ? null : Documents.readRubric(json);
    }
}
