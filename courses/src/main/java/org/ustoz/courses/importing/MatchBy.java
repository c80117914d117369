package org.ustoz.courses.importing;

/** How a row finds the trainee it is about. */
public enum MatchBy {
    /** The e-mail, compared without case. */
    EMAIL,
    /** The host's id ({@link ImportField#EXTERNAL_ID}); a row without one is refused. */
    EXTERNAL_ID
}
