/**
 * Internal: course and module entities and the catalogue service.
 */
package org.ustoz.courses.catalogue.internal;
