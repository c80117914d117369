package org.ustoz.courses.timetable.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.timetable.SessionView;

/** Maps a session to the view services return, in a time zone. */
@Mapper
public interface SessionMapper {

    SessionMapper INSTANCE = Mappers.getMapper(SessionMapper.class);

    /** A session with its local times in {@code zone}. */
    default SessionView toView(Session s, ZoneId zone) {
        return new SessionView(s.getId(), s.getVersion(), s.getCohort().getId(), s.getCohort().getCode(),
                s.getModule() == null ? null : s.getModule().getId(),
                s.getModule() == null ? null : s.getModule().getCode(), s.displayTitle(), s.getStartsAt(),
                s.getEndsAt(), zone, LocalDateTime.ofInstant(s.getStartsAt(), zone),
                LocalDateTime.ofInstant(s.getEndsAt(), zone), s.durationMinutes(), s.getRoom(), s.getOnlineUrl(),
                s.getFacilitators(), s.getStatus(), s.getCancellationReason());
    }
}
