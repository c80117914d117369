package org.ustoz.assessments.question;

/**
 * Something wrong with a question's content, found by its {@link QuestionType}.
 *
 * @param field   path of the offending part, such as {@code choices[2].credit} or {@code settings.scoring}
 * @param message what is wrong, in English (shown to the author inside a localized error)
 */
public record ContentProblem(String field, String message) {
}
