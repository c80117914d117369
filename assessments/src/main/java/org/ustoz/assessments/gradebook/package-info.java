/**
 * API: the gradebook: categories, items, manual grades, overrides, settings; views.
 */
package org.ustoz.assessments.gradebook;
