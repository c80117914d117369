package org.ustoz.courses.certificate;

import java.time.LocalDate;
import java.util.List;

import org.ustoz.core.i18n.LocalizedText;

/**
 * The answer of a cross-tenant verification ({@link CertificateService#verifyInAnyTenant}): only what
 * a person holding the paper certificate needs to check it against, and nothing a verification page
 * for several tenants must not publish: no ids, no tenant, no e-mail, no revocation reason (free text
 * a person typed), no actor. For {@link VerificationResult#UNKNOWN} every field but {@code result} and
 * {@code code} is {@code null} (the lists are empty).
 *
 * @param code the code as it was normalised for the lookup
 * @param holderName the holder's name as printed on the certificate
 * @param holderLatinName the holder's name in Latin letters as printed, if the certificate shows one
 * @param courseTitle the course title as printed
 * @param startDate the first day of the cohort, as printed
 * @param endDate the last day of the cohort, as printed
 * @param issuedOn the issue date as printed: in the cohort's time zone
 * @param revokedOn the day of the revocation in the cohort's time zone, for {@link VerificationResult#REVOKED}
 * @param issuers the organisations named on the certificate (its partner organisations)
 */
public record PublicVerification(VerificationResult result, String code, String holderName, String holderLatinName,
        LocalizedText courseTitle, LocalDate startDate, LocalDate endDate, LocalDate issuedOn, LocalDate revokedOn,
        List<String> issuers) {

    public PublicVerification {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }

    /** No certificate has this code. */
    public static PublicVerification unknown(String code) {
        return new PublicVerification(VerificationResult.UNKNOWN, code, null, null, null, null, null, null, null,
                List.of());
    }
}
