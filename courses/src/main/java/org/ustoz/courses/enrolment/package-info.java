/**
 * API: enrolment with capacity and waitlist: commands, views, roster and events.
 */
package org.ustoz.courses.enrolment;
