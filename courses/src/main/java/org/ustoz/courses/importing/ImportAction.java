package org.ustoz.courses.importing;

/** What a row does, or would do. */
public enum ImportAction {
    CREATE,
    UPDATE,
    /** The trainee exists with this profile already. */
    UNCHANGED,
    /** The trainee is enrolled in the row's cohort. */
    ENROL,
    /** The row is refused; see its problems. */
    ERROR
}
