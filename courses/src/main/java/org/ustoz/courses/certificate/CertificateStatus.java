package org.ustoz.courses.certificate;

/** Whether a certificate stands. */
public enum CertificateStatus {
    /** Issued and standing. */
    VALID,
    /** Withdrawn, with a reason. */
    REVOKED
}
