/**
 * Internal: assessment entities and the assessment service.
 */
package org.ustoz.assessments.assessment.internal;
