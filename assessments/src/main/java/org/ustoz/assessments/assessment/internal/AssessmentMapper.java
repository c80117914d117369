package org.ustoz.assessments.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.assessments.assessment.AssessmentView;
import org.ustoz.assessments.assessment.ItemView;

/** Maps an assessment to the view services return. */
@Mapper
public interface AssessmentMapper {

    AssessmentMapper INSTANCE = Mappers.getMapper(AssessmentMapper.class);

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
}
