package org.ustoz.courses.certificate.internal;

import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.core.internal.persistence.Finder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.certificate.CertificateEvent;
import org.ustoz.courses.certificate.CertificateService;
import org.ustoz.courses.certificate.CertificateStatus;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.PublicVerification;
import org.ustoz.courses.certificate.RevokeCertificate;
import org.ustoz.courses.certificate.Verification;
import org.ustoz.courses.certificate.VerificationResult;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.certificate.internal.pdf.CertificatePdf;

/**
 * {@link CertificateService} over Jakarta Persistence. Issuing by hand locks the enrolment's row
 * first, as a completion evaluation does, and a unique constraint on the enrolment backs it up. Dates
 * for people are those of the cohort's time zone, read with the certificate; verification reads only
 * the caller's tenant, except {@link #verifyInAnyTenant}, the one documented cross-tenant read.
 */
public final class CertificateServiceImpl implements CertificateService {

    private static final CertificateMapper MAP = CertificateMapper.INSTANCE;

    private final UstozRuntime ustoz;
    private final Certificates certificates;
    private final CertificatePdf pdf;

    public CertificateServiceImpl(UstozRuntime ustoz, Certificates certificates, CertificatePdf pdf) {
        this.ustoz = ustoz;
        this.certificates = certificates;
        this.pdf = pdf;
    }

    /** The issuing part shared with completion evaluation, with its own secure random source. */
    public static Certificates newIssuer(UstozRuntime ustoz) {
        return new Certificates(ustoz, new VerificationCodes(new SecureRandom()));
    }

    @Override
    public CertificateView issue(UUID enrolmentId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Enrolment known = Finder.find(Enrolment.class, CoursesError.ENROLMENT_NOT_FOUND, em, tenant, enrolmentId);
            em.lock(known, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(known);
            if (known.getStatus() != EnrolmentStatus.COMPLETED) {
                throw new UstozException(CoursesError.CERTIFICATE_NOT_COMPLETED, enrolmentId, known.getStatus());
            }
            Certificate existing = em.createQuery("select c from Certificate c where c.enrolmentId = :e",
                    Certificate.class).setParameter("e", enrolmentId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            if (existing != null) {
                throw new UstozException(CoursesError.CERTIFICATE_ALREADY_ISSUED, enrolmentId, existing.getCode());
            }
            Certificate issued = certificates.issue(em, known, ustoz.caller().actorId().orElse(null),
                    ustoz.clock().instant());
            return new Zoned(issued, known.getCohort().getTimeZone());
        }, Zoned::view);
    }

    @Override
    public CertificateView revoke(RevokeCertificate c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Certificate certificate = find(em, tenant, c.certificateId(), LockModeType.PESSIMISTIC_WRITE);
            Instant now = ustoz.clock().instant();
            certificate.revoke(c.reason().strip(), ustoz.caller().actorId().orElse(null), now);
            ustoz.publish(em, new CertificateEvent.Revoked(tenant, certificate.getId(), certificate.getCode(),
                    certificate.getEnrolmentId(), certificate.getRevocationReason(), now));
            return new Zoned(certificate, timeZone(em, certificate));
        }, Zoned::view);
    }

    /** A certificate with its cohort's time zone, in which its dates for people are written. */
    private record Zoned(Certificate certificate, ZoneId zone) {

        CertificateView view() {
            return MAP.toView(certificate, zone);
        }

        LocalDate day(Instant at) {
            return at == null ? null : at.atZone(zone).toLocalDate();
        }
    }

    /** The time zone of the certificate's cohort (UTC should the cohort be gone). */
    private static ZoneId timeZone(EntityManager em, Certificate c) {
        return em.createQuery("select k.timeZone from Cohort k where k.id = :id and k.tenantId = :tenant",
                        ZoneId.class).setParameter("id", c.getCohortId()).setParameter("tenant", c.getTenantId())
                .getResultStream().findFirst().orElse(ZoneOffset.UTC);
    }

    private static Certificate find(EntityManager em, String tenant, UUID id, LockModeType lock) {
        Certificate c = id == null ? null : em.find(Certificate.class, id, lock);
        if (c == null || !c.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.CERTIFICATE_NOT_FOUND, id);
        }
        return c;
    }

    @Override
    public CertificateView get(UUID certificateId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Certificate c = find(em, tenant, certificateId, LockModeType.NONE);
            return MAP.toView(c, timeZone(em, c));
        });
    }

    @Override
    public List<CertificateView> ofCohort(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            ZoneId zone = cohort.getTimeZone();
            return em.createQuery("select c from Certificate c where c.cohortId = :c", Certificate.class)
                    .setParameter("c", cohortId).getResultList().stream().map(c -> MAP.toView(c, zone))
                    .sorted(Comparator.comparing(CertificateView::traineeName).thenComparing(CertificateView::id))
                    .toList();
        });
    }

    @Override
    public Verification verify(String typed) {
        String code = VerificationCodes.normalise(typed);
        if (code == null) {
            return Verification.unknown(typed == null ? null : typed.strip());
        }
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Zoned found = byCode(em, code, tenant);
            if (found == null) {
                return Verification.unknown(code);
            }
            Certificate c = found.certificate();
            return new Verification(result(c), c.getCode(), c.getTraineeName(), c.getTraineeLatinName(),
                    c.getCourseTitle(), c.getCohortTitle(), c.getStartDate(), c.getEndDate(), c.getHours(),
                    c.getIssuedAt(), found.day(c.getIssuedAt()), c.getRevokedAt(), c.getRevocationReason());
        });
    }

    @Override
    public PublicVerification verifyInAnyTenant(String typed) {
        String code = VerificationCodes.normalise(typed);
        if (code == null) {
            return PublicVerification.unknown(typed == null ? null : typed.strip());
        }
        return ustoz.read(em -> {
            Zoned found = byCode(em, code, null);
            if (found == null) {
                return PublicVerification.unknown(code);
            }
            Certificate c = found.certificate();
            return new PublicVerification(result(c), c.getCode(), c.getTraineeName(), c.getTraineeLatinName(),
                    c.getCourseTitle(), c.getStartDate(), c.getEndDate(), found.day(c.getIssuedAt()),
                    found.day(c.getRevokedAt()), c.getPartners());
        });
    }

    private static VerificationResult result(Certificate c) {
        return c.getStatus() == CertificateStatus.VALID ? VerificationResult.VALID : VerificationResult.REVOKED;
    }

    /**
     * The certificate with this code and its cohort's time zone, in one statement: of this tenant, or of
     * any tenant when {@code tenant} is {@code null} (only {@link #verifyInAnyTenant}).
     */
    private static Zoned byCode(EntityManager em, String code, String tenant) {
        String jpql = "select c, k.timeZone from Certificate c left join Cohort k on k.id = c.cohortId"
                + " and k.tenantId = c.tenantId where c.code = :code" + (tenant == null ? "" : " and c.tenantId = :tenant");
        var query = em.createQuery(jpql, Object[].class).setParameter("code", code);
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Zoned((Certificate) row[0], row[1] == null ? ZoneOffset.UTC : (ZoneId) row[1]);
    }

    @Override
    public void writePdf(UUID certificateId, OutputStream out) {
        CertificateView view = get(certificateId);
        try {
            out.write(pdf.render(CertificatePages.of(view)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] pdf(UUID certificateId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePdf(certificateId, out);
        return out.toByteArray();
    }
}
