/**
 * Internal: the enrolment entity, the waitlist and the enrolment service.
 */
package org.ustoz.courses.enrolment.internal;
