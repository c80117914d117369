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
 *
 * <p>Dates meant for people ({@link CertificateView#issuedOn()}, the issue date on the PDF) are those
 * of the cohort's time zone, as a person there would write them.
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
     * Verifies a code typed or scanned on the caller's tenant's own verification page: a certificate
     * of another tenant answers exactly as an unknown code does. Never fails for bad input: anything
     * that is not the code of a certificate of the caller's tenant is {@link VerificationResult#UNKNOWN}.
     * Public by design (architecture rule 7): it needs no actor or role.
     */
    Verification verify(String code);

    /**
     * <b>A deliberate cross-tenant read</b>, for a host that runs one public verification page for
     * several tenants: verifies a code whatever tenant issued the certificate (codes are unique across
     * tenants, enforced by the database), whoever the caller is. Because the answer may come from
     * another tenant than the caller's, it is the minimal {@link PublicVerification}: the result, the
     * holder's name, the course title and the dates as printed, and the organisations named on the
     * certificate; never ids, the tenant, e-mails or the revocation reason. Never fails for bad input:
     * anything that is not a certificate's code is {@link VerificationResult#UNKNOWN}. A host that
     * serves one tenant per page calls {@link #verify} instead.
     */
    PublicVerification verifyInAnyTenant(String code);

    /**
     * Renders a certificate as a one-page PDF with embedded fonts (Latin, Cyrillic with the Tajik and
     * Kazakh letters, Hangul), titles in the cohort's language and in the trainee's.
     */
    void writePdf(UUID certificateId, OutputStream out);

    /** {@link #writePdf} into a byte array. */
    byte[] pdf(UUID certificateId);
}
