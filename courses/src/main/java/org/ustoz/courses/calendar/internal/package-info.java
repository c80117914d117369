/**
 * Internal: the iCalendar writer over the timetable's sessions (ical4j).
 */
package org.ustoz.courses.calendar.internal;
