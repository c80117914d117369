package org.ustoz.courses.certificate;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

/**
 * Certificates of completion. At most one certificate exists per enrolment, enforced by the
 * database, whichever application instance issues it. Verification codes carry 80 random bits from a
 * {@link java.security.SecureRandom}, written as 16 Crockford base-32 characters in groups of four
 * and a check character, such as {@code 7K2M-9QXD-4HTR-B8WN-C}; verification accepts them in any
 * case, with or without hyphens or spaces, and with {@code O} for {@code 0} and {@code I} or
 * {@code L} for {@code 1}.
 */
public interface CertificateService {

    /** Issues a certificate by hand to a completed enrolment; {@code courses.certificate.already-issued} if it has one. */
    CertificateView issue(UUID enrolmentId);

    /** Revokes a certificate, with the reason. */
    CertificateView revoke(RevokeCertificate command);

    /** A certificate of the caller's tenant. */
    CertificateView get(UUID certificateId);

    /** The certificates of a cohort, by trainee name. */
    List<CertificateView> ofCohort(UUID cohortId);

    /**
     * Verifies a code typed or scanned by anyone; across tenants, since codes are unique everywhere.
     * Never fails for bad input: anything that is not the code of a certificate is
     * {@link VerificationResult#UNKNOWN}.
     */
    Verification verify(String code);

    /**
     * Renders a certificate as a one-page PDF with embedded fonts (Latin, Cyrillic with the Tajik and
     * Kazakh letters, Hangul), titles in the cohort's language and in the trainee's.
     */
    void writePdf(UUID certificateId, OutputStream out);

    /** {@link #writePdf} into a byte array. */
    byte[] pdf(UUID certificateId);
}
