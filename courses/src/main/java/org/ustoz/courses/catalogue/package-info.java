/**
 * API: the course catalogue: courses, modules, prerequisites; commands, views and events.
 */
package org.ustoz.courses.catalogue;
