package org.ustoz.assessments.question.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.CategoryView;

/** Maps question bank entities (categories, rubrics) to the views services return. */
@Mapper
public interface QuestionMapper {

    QuestionMapper INSTANCE = Mappers.getMapper(QuestionMapper.class);

    @Mapping(target = "parentId", source = "parent.id")
    CategoryView toView(QuestionCategory category);

    @Mapping(target = "maxPoints", expression = "java(rubric.maxPoints())")
    RubricView toView(Rubric rubric);
}
