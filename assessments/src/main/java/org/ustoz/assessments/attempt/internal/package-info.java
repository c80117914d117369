/**
 * Internal: attempt and answer entities, automatic grading of attempts, and the attempt service.
 */
package org.ustoz.assessments.attempt.internal;
