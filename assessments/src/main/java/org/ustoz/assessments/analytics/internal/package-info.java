/**
 * Internal: the analytics service.
 */
package org.ustoz.assessments.analytics.internal;
