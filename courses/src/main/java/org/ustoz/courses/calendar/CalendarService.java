package org.ustoz.courses.calendar;

import java.util.UUID;

/**
 * Timetables as iCalendar (RFC 5545) text, {@code text/calendar; charset=UTF-8}, for a host to serve
 * as a download or a subscription feed.
 *
 * <p>Each session is one {@code VEVENT} whose {@code UID} ({@code <session id>@ustoz}) stays the same
 * across calls, so a calendar application that imports the file again updates the event rather than
 * adding a copy. {@code SEQUENCE} rises whenever the session changes (rescheduled, moved to another
 * room, cancelled); a cancelled session, and every session of a cancelled cohort, stays in the file with
 * {@code STATUS:CANCELLED}, so that subscribers remove it. Times are written in the cohort's time zone ({@code TZID} with its
 * {@code VTIMEZONE}); the title is in the caller's language. Facilitators are listed by name and role
 * in the description: their e-mail addresses are not written, because calendar files are forwarded
 * and feeds are shared beyond the people who may see them.
 *
 * <p>Each call reads with a fixed number of SQL statements, however many sessions there are.
 */
public interface CalendarService {

    /**
     * Every session of a cohort, cancelled ones included.
     *
     * @throws org.ustoz.core.error.UstozException {@code courses.cohort.not-found}
     */
    String cohortCalendar(UUID cohortId);

    /**
     * Every session of the cohorts in which the trainee is enrolled (or has completed or failed),
     * cancelled ones included; each in its own cohort's time zone.
     *
     * @throws org.ustoz.core.error.UstozException {@code courses.trainee.not-found}
     */
    String traineeCalendar(UUID traineeId);
}
