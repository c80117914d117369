/**
 * Assessments of teacher-training programmes: question bank, quizzes and attempts, rubric grading,
 * gradebook, pre/post learning gain. This module is a skeleton until its issue is built; it depends
 * on {@code ustoz-courses} and plugs into cohort completion through an SPI that {@code courses}
 * defines.
 */
package org.ustoz.assessments;
