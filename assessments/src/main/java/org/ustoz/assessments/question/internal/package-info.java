/**
 * Internal: question, version, category and rubric entities, the question bank service and the
 * built-in {@link org.ustoz.assessments.question.QuestionType}s. Hosts use the type ids in
 * {@link org.ustoz.assessments.question.QuestionTypes}.
 */
package org.ustoz.assessments.question.internal;
