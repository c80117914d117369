/**
 * API: assessments (quizzes, pre- and post-tests, assignments): commands and views.
 */
package org.ustoz.assessments.assessment;
