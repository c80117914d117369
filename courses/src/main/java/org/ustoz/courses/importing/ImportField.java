package org.ustoz.courses.importing;

/** A trainee field a CSV column can be mapped to. */
public enum ImportField {
    /** The host's id for the person (Moodle {@code idnumber}, else {@code username}; OneRoster {@code sourcedId}). */
    EXTERNAL_ID,
    /** The whole name; when absent, given and family names are joined. */
    FULL_NAME,
    GIVEN_NAME,
    FAMILY_NAME,
    LATIN_NAME,
    EMAIL,
    /** ISO 3166-1 alpha-2 code. */
    COUNTRY,
    REGION,
    SCHOOL,
    /** The code of a cohort to enrol the trainee in (Moodle {@code course1}). */
    COHORT_CODE
}
