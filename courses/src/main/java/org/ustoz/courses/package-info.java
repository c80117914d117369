/**
 * API: the entry point {@link org.ustoz.courses.Courses} and the error codes of the courses module.
 */
package org.ustoz.courses;
