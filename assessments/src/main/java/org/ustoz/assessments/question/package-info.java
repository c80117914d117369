/**
 * API and SPI: the question bank (categories, versioned questions) and the {@link
 * org.ustoz.assessments.question.QuestionType} SPI for question types.
 */
package org.ustoz.assessments.question;
