/**
 * Internal: the session entity, schedule locks and the timetable service.
 */
package org.ustoz.courses.timetable.internal;
