package org.ustoz.courses.attendance.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.attendance.AttendanceCorrection;
import org.ustoz.courses.attendance.AttendanceView;

/** Maps attendance records and corrections to the views services return. */
@Mapper
public interface AttendanceMapper {

    AttendanceMapper INSTANCE = Mappers.getMapper(AttendanceMapper.class);

    @Mapping(target = "sessionId", source = "session.id")
    @Mapping(target = "enrolmentId", source = "enrolment.id")
    @Mapping(target = "traineeId", source = "enrolment.trainee.id")
    @Mapping(target = "minutesPresent", expression = "java(record.minutesPresent())")
    AttendanceView toView(AttendanceRecord record);

    AttendanceCorrection toCorrection(AttendanceChange change);
}
