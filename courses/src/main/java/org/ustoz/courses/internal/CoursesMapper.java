package org.ustoz.courses.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.attendance.AttendanceChange;
import org.ustoz.courses.attendance.AttendanceCorrection;
import org.ustoz.courses.attendance.AttendanceRecord;
import org.ustoz.courses.attendance.AttendanceView;
import org.ustoz.courses.certificate.Certificate;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.timetable.Session;
import org.ustoz.courses.timetable.SessionView;
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

    /** A session with its local times in {@code zone}. */
    default SessionView toView(Session s, ZoneId zone) {
        return new SessionView(s.getId(), s.getVersion(), s.getCohort().getId(), s.getCohort().getCode(),
                s.getModule() == null ? null : s.getModule().getId(),
                s.getModule() == null ? null : s.getModule().getCode(), s.displayTitle(), s.getStartsAt(),
                s.getEndsAt(), zone, LocalDateTime.ofInstant(s.getStartsAt(), zone),
                LocalDateTime.ofInstant(s.getEndsAt(), zone), s.durationMinutes(), s.getRoom(), s.getOnlineUrl(),
                s.getFacilitators(), s.getStatus(), s.getCancellationReason());
    }

    @Mapping(target = "sessionId", source = "session.id")
    @Mapping(target = "enrolmentId", source = "enrolment.id")
    @Mapping(target = "traineeId", source = "enrolment.trainee.id")
    @Mapping(target = "minutesPresent", expression = "java(record.minutesPresent())")
    AttendanceView toView(AttendanceRecord record);

    AttendanceCorrection toCorrection(AttendanceChange change);

    CertificateView toView(Certificate certificate);
}
