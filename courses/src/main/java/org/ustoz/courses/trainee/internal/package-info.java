/**
 * Internal: the trainee entity, search keys and the trainee service.
 */
package org.ustoz.courses.trainee.internal;
