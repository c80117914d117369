/**
 * The built-in {@link org.ustoz.assessments.question.QuestionType}s; not an API: use
 * {@link org.ustoz.assessments.question.internal.BuiltInQuestionTypes#all()} or the type ids in
 * {@link org.ustoz.assessments.question.QuestionTypes}.
 */
package org.ustoz.assessments.question.internal;
