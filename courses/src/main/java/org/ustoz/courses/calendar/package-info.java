/**
 * API: timetables as iCalendar (RFC 5545) files, for a cohort or for a trainee, to import into or
 * subscribe to from a calendar application.
 */
package org.ustoz.courses.calendar;
