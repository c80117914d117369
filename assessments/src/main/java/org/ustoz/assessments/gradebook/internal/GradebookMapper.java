package org.ustoz.assessments.gradebook.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.GradeColumn;

/** Maps gradebook categories and items to the columns services return. */
@Mapper
public interface GradebookMapper {

    GradebookMapper INSTANCE = Mappers.getMapper(GradebookMapper.class);

    @Mapping(target = "categoryId", source = "id")
    CategoryColumn toView(GradeCategory category);

    @Mapping(target = "itemId", source = "id")
    @Mapping(target = "categoryId", source = "category.id")
    @Mapping(target = "assessmentId", source = "assessment.id")
    GradeColumn toView(GradeItem item);
}
