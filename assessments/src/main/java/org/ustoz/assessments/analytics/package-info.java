/**
 * API: learning gain and item analysis reports.
 */
package org.ustoz.assessments.analytics;
