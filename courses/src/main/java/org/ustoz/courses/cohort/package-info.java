/**
 * API: cohorts (offerings of a course): commands, views, statuses and events.
 */
package org.ustoz.courses.cohort;
