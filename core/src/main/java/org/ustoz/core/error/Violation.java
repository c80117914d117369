package org.ustoz.core.error;

/**
 * One reason a command was refused: which field (a property path such as {@code email} or
 * {@code trainees[3].email}, or empty for the command as a whole), the constraint that failed, and
 * the message in the caller's locale.
 *
 * @param field property path of the offending field, empty for a class-level constraint
 * @param constraint simple name of the failed constraint, such as {@code NotBlank}
 * @param message localized message
 */
public record Violation(String field, String constraint, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
