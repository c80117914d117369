package org.ustoz.courses.certificate.internal;

import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.core.internal.persistence.Finder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.certificate.CertificateEvent;
import org.ustoz.courses.certificate.CertificateService;
import org.ustoz.courses.certificate.CertificateStatus;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.RevokeCertificate;
import org.ustoz.courses.certificate.Verification;
import org.ustoz.courses.certificate.VerificationResult;
import org.ustoz.courses.enrolment.internal.Enrolment;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.certificate.internal.pdf.CertificatePdf;

/**
 * {@link CertificateService} over Jakarta Persistence. Issuing by hand locks the enrolment's row
 * first, as a completion evaluation does, and a unique constraint on the enrolment backs it up.
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
            return certificates.issue(em, known, ustoz.caller().actorId().orElse(null), ustoz.clock().instant());
        }, MAP::toView);
    }

    @Override
    public CertificateView revoke(RevokeCertificate c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Certificate certificate = find(em, tenant, c.certificateId(), LockModeType.PESSIMISTIC_WRITE);
            java.time.Instant now = ustoz.clock().instant();
            certificate.revoke(c.reason().strip(), ustoz.caller().actorId().orElse(null), now);
            ustoz.publish(em, new CertificateEvent.Revoked(tenant, certificate.getId(), certificate.getCode(),
                    certificate.getEnrolmentId(), certificate.getRevocationReason(), now));
            return certificate;
        }, MAP::toView);
    }

    private static Certificate find(jakarta.persistence.EntityManager em, String tenant, UUID id, LockModeType lock) {
        Certificate c = id == null ? null : em.find(Certificate.class, id, lock);
        if (c == null || !c.getTenantId().equals(tenant)) {
            throw new UstozException(CoursesError.CERTIFICATE_NOT_FOUND, id);
        }
        return c;
    }

    @Override
    public CertificateView get(UUID certificateId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> MAP.toView(find(em, tenant, certificateId, LockModeType.NONE)));
    }

    @Override
    public List<CertificateView> ofCohort(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            return em.createQuery("select c from Certificate c where c.cohortId = :c", Certificate.class)
                    .setParameter("c", cohortId).getResultList().stream().map(MAP::toView)
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
        return ustoz.read(em -> {
            List<Certificate> found = em.createQuery("select c from Certificate c where c.code = :code",
                    Certificate.class).setParameter("code", code).getResultList();
            if (found.isEmpty()) {
                return Verification.unknown(code);
            }
            Certificate c = found.get(0);
            boolean valid = c.getStatus() == CertificateStatus.VALID;
            return new Verification(valid ? VerificationResult.VALID : VerificationResult.REVOKED, c.getCode(),
                    c.getTraineeName(), c.getTraineeLatinName(), c.getCourseTitle(), c.getCohortTitle(),
                    c.getStartDate(), c.getEndDate(), c.getHours(), c.getIssuedAt(), c.getRevokedAt(),
                    c.getRevocationReason());
        });
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
