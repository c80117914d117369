/**
 * Internal: gradebook entities, the calculator, the gradebook service and the completion criteria
 * the module contributes.
 */
package org.ustoz.assessments.gradebook.internal;
