/**
 * API: application-assigned, time-ordered UUIDs.
 */
package org.ustoz.core.id;
