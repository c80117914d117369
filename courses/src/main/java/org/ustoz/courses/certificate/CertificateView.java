package org.ustoz.courses.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/**
 * A certificate, as issued. {@code code} is the verification code in its printed form;
 * {@code issuedAt} is the instant of issue, {@code issuedOn} the date printed on the certificate: the
 * issue date in the cohort's time zone {@code timeZone}, as a person in the cohort would write it.
 */
public record CertificateView(UUID id, long version, UUID enrolmentId, UUID cohortId, UUID traineeId, String code,
        CertificateStatus status, Instant issuedAt, LocalDate issuedOn, String issuedBy, Instant revokedAt, String revokedBy,
        String revocationReason, String traineeName, String traineeLatinName, Locale traineeLanguage,
        Locale hostLanguage, LocalizedText courseTitle, LocalizedText cohortTitle, LocalDate startDate,
        LocalDate endDate, ZoneId timeZone, String place, BigDecimal hours, List<String> facilitators, List<String> partners) {

    public CertificateView {
        facilitators = List.copyOf(facilitators);
        partners = List.copyOf(partners);
    }
}
