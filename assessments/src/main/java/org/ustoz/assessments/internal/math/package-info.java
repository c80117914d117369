/**
 * Internal: exact grade arithmetic, learning gain and item statistics, free of persistence.
 */
package org.ustoz.assessments.internal.math;
