/**
 * API: the timetable: sessions, rescheduling, time zones.
 */
package org.ustoz.courses.timetable;
