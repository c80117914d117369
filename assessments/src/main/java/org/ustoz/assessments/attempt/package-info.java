/**
 * API: attempts: start, save, submit; views and events.
 */
package org.ustoz.assessments.attempt;
