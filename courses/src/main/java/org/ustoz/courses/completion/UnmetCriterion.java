package org.ustoz.courses.completion;

/**
 * A criterion an enrolment did not meet.
 *
 * @param criterion {@code attendance}, {@code module:<code>}, or a contributed criterion's type
 * @param code the reason's error code, such as {@code courses.unmet.attendance}
 * @param message the reason in the caller's language
 */
public record UnmetCriterion(String criterion, String code, String message) {
}
