/**
 * Internal: the grading service.
 */
package org.ustoz.assessments.grading.internal;
