package org.ustoz.courses.enrolment.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.enrolment.EnrolmentView;

/** Maps an enrolment to the view services return. */
@Mapper
public interface EnrolmentMapper {

    EnrolmentMapper INSTANCE = Mappers.getMapper(EnrolmentMapper.class);

    @Mapping(target = "cohortId", source = "cohort.id")
    @Mapping(target = "traineeId", source = "trainee.id")
    EnrolmentView toView(Enrolment enrolment);
}
