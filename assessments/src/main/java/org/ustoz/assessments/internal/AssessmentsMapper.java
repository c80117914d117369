package org.ustoz.assessments.internal;

import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.assessments.assessment.Assessment;
import org.ustoz.assessments.assessment.AssessmentItem;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.ItemView;
import org.ustoz.assessments.gradebook.CategoryColumn;
import org.ustoz.assessments.gradebook.GradeCategory;
import org.ustoz.assessments.gradebook.GradeColumn;
import org.ustoz.assessments.gradebook.GradeItem;
import org.ustoz.assessments.grading.Rubric;
import org.ustoz.assessments.grading.RubricView;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.QuestionCategory;

/** Maps entities to the immutable views services return. */
@Mapper
public interface AssessmentsMapper {

    AssessmentsMapper INSTANCE = Mappers.getMapper(AssessmentsMapper.class);

    @Mapping(target = "parentId", source = "parent.id")
    CategoryView toView(QuestionCategory category);

    @Mapping(target = "maxPoints", expression = "java(rubric.maxPoints())")
    RubricView toView(Rubric rubric);

    @Mapping(target = "cohortId", source = "cohort.id")
    @Mapping(target = "moduleId", source = "module.id")
    @Mapping(target = "timeLimit", expression = "java(a.timeLimit())")
    @Mapping(target = "grace", expression = "java(a.grace())")
    @Mapping(target = "maxPoints", expression = "java(a.maxPoints())")
    @Mapping(target = "items", expression = "java(items(a.getItems()))")
    AssessmentView toView(Assessment a);

    default List<ItemView> items(List<AssessmentItem> items) {
        List<ItemView> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AssessmentItem it = items.get(i);
            out.add(new ItemView(i + 1, it.getQuestionId(), it.getPoints(), it.getRubricId()));
        }
        return out;
    }

    @Mapping(target = "categoryId", source = "id")
    CategoryColumn toView(GradeCategory category);

    @Mapping(target = "itemId", source = "id")
    @Mapping(target = "categoryId", source = "category.id")
    @Mapping(target = "assessmentId", source = "assessment.id")
    GradeColumn toView(GradeItem item);
}
