package org.ustoz.courses.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.ustoz.core.i18n.LocalizedText;

/**
 * The answer to "is this certificate genuine?": for {@link VerificationResult#UNKNOWN} every other
 * field but {@code code} is {@code null}; for {@link VerificationResult#REVOKED} the revocation's
 * instant and reason are given. It shows only what the certificate itself shows, so that it can be
 * published on a public verification page.
 *
 * @param code the code as it was normalised for the lookup
 * @param issuedOn the issue date as printed on the certificate: in the cohort's time zone
 */
public record Verification(VerificationResult result, String code, String traineeName, String traineeLatinName,
        LocalizedText courseTitle, LocalizedText cohortTitle, LocalDate startDate, LocalDate endDate,
        BigDecimal hours, Instant issuedAt, LocalDate issuedOn, Instant revokedAt, String revocationReason) {

    /** No certificate has this code. */
    public static Verification unknown(String code) {
        return new Verification(VerificationResult.UNKNOWN, code, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
