/**
 * API: assessments of teacher-training programmes. Start at {@link org.ustoz.assessments.Assessments}:
 * <ul>
 *   <li>{@code question} — the question bank (categories, versioned questions) and the
 *       {@link org.ustoz.assessments.question.QuestionType} SPI for question types;</li>
 *   <li>{@code assessment} — pre-tests, post-tests, quizzes, exams and assignments of a cohort;</li>
 *   <li>{@code attempt} — starting, saving, submitting and reviewing attempts;</li>
 *   <li>{@code grading} — rubrics, the grading queue, grading by hand and regrading;</li>
 *   <li>{@code gradebook} — categories, items, manual grades, overrides and the final grade;</li>
 *   <li>{@code analytics} — learning gain and item analysis.</li>
 * </ul>
 * The module depends on {@code ustoz-courses} and contributes completion criteria to it through the
 * {@link org.ustoz.courses.completion.CompletionCriterion} SPI.
 */
package org.ustoz.assessments;
