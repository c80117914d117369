package org.ustoz.courses.cohort.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.cohort.CohortView;

/** Maps a cohort to the view services return. */
@Mapper
public interface CohortMapper {

    CohortMapper INSTANCE = Mappers.getMapper(CohortMapper.class);

    @Mapping(target = "courseId", source = "course.id")
    @Mapping(target = "courseCode", source = "course.code")
    @Mapping(target = "title", expression = "java(cohort.displayTitle())")
    CohortView toView(Cohort cohort);
}
