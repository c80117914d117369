package org.ustoz.core.error;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A command was refused before anything was changed: one {@link Violation} per offending field,
 * each naming the field and explaining, in the caller's locale, what is wrong.
 */
public class ValidationFailedException extends UstozException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationFailedException(List<Violation> violations, Locale locale) {
        super(CoreError.VALIDATION_FAILED, null, locale, summary(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation, sorted by field. */
    public List<Violation> violations() {
        return violations;
    }

    /** The fields that failed, such as {@code email} or {@code trainees[3].email}. */
    public List<String> fields() {
        return violations.stream().map(Violation::field).distinct().toList();
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
