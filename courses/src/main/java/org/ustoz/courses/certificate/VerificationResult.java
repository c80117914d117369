package org.ustoz.courses.certificate;

/** What verifying a code found. */
public enum VerificationResult {
    /** A certificate with this code exists and stands. */
    VALID,
    /** A certificate with this code exists and was revoked. */
    REVOKED,
    /** No certificate has this code (or the text is not a code at all). */
    UNKNOWN
}
