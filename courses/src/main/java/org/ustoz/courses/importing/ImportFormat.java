package org.ustoz.courses.importing;

/** The layout of an imported file, as recognised by its header. */
public enum ImportFormat {
    MOODLE_UPLOAD_USERS,
    ONEROSTER_USERS,
    /** Columns named by {@link TraineeImportOptions#columns()}. */
    MAPPED
}
