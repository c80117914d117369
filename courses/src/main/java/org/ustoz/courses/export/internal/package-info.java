/**
 * Internal: the CSV writers (Apache Commons CSV) over streamed query results.
 */
package org.ustoz.courses.export.internal;
