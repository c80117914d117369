/**
 * Internal: attendance records, their corrections, and the attendance service.
 */
package org.ustoz.courses.attendance.internal;
