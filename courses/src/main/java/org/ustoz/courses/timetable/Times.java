package org.ustoz.courses.timetable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How instants appear in messages: local date and time in a zone, with the zone's name. */
public final class Times {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    /** Such as {@code 2025-08-04 09:00 Asia/Seoul}. */
    public static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone)) + " " + zone.getId();
    }
}
