/**
 * Internal: the progress service.
 */
package org.ustoz.courses.progress.internal;
