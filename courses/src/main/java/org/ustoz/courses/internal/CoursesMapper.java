package org.ustoz.courses.internal;

import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.catalogue.Course;
import org.ustoz.courses.catalogue.CourseModule;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.ModuleView;
import org.ustoz.courses.cohort.Cohort;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.trainee.Trainee;
import org.ustoz.courses.trainee.TraineeView;

/** Maps entities to the immutable views services return. */
@Mapper
public interface CoursesMapper {

    CoursesMapper INSTANCE = Mappers.getMapper(CoursesMapper.class);

    CourseView toView(Course course);

    @Mapping(target = "prerequisiteCodes", source = "prerequisites")
    ModuleView toView(CourseModule module);

    default List<String> codes(Set<CourseModule> modules) {
        return modules.stream().map(CourseModule::getCode).sorted().toList();
    }

    @Mapping(target = "courseId", source = "course.id")
    @Mapping(target = "courseCode", source = "course.code")
    @Mapping(target = "title", expression = "java(cohort.displayTitle())")
    CohortView toView(Cohort cohort);

    TraineeView toView(Trainee trainee);

    @Mapping(target = "cohortId", source = "cohort.id")
    @Mapping(target = "traineeId", source = "trainee.id")
    EnrolmentView toView(Enrolment enrolment);
}
