package org.ustoz.courses.catalogue;

/** The form of the codes of courses, modules and cohorts. */
public final class Codes {

    /** Letters and digits, then letters, digits, dots, underscores and hyphens. */
    public static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*";

    /** The validation message of a malformed code. */
    public static final String MESSAGE = "{org.ustoz.courses.Code.message}";

    private Codes() {
    }
}
