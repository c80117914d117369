/**
 * API: attendance of sessions: commands, views, statuses and events.
 */
package org.ustoz.courses.attendance;
