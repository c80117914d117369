/**
 * API: grading by hand and with rubrics, regrading; commands and views.
 */
package org.ustoz.assessments.grading;
