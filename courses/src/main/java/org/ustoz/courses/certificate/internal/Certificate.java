package org.ustoz.courses.certificate.internal;

import org.ustoz.courses.certificate.CertificateStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.CoursesError;

/**
 * A certificate of completion: at most one per enrolment (a unique constraint), with a unique,
 * unguessable verification code. It keeps a copy of what it certifies (names, titles, dates, hours,
 * facilitators, partners) as of its issue, so later edits of the course do not change it.
 */
@Entity
@Table(name = "ustoz_certificate")
public class Certificate extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    private String tenantId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private UUID enrolmentId;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private UUID cohortId;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private UUID traineeId;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", length = 128)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 128)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "trainee_name", nullable = false, length = 300)
    private String traineeName;

    @Column(name = "trainee_latin_name", length = 300)
    private String traineeLatinName;

    @Column(name = "trainee_language", length = 35)
    private Locale traineeLanguage;

    @Column(name = "host_language", nullable = false, length = 35)
    private Locale hostLanguage;

    @Column(name = "course_title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText courseTitle;

    @Column(name = "cohort_title", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText cohortTitle;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "place", length = 500)
    private String place;

    @Column(name = "hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Column(name = "facilitators", nullable = false, length = 4000)
    private String facilitators;

    @Column(name = "partners", nullable = false, length = 4000)
    private String partners;

    /** For Jakarta Persistence only. */
    protected Certificate() {
    }

    /** Issues a certificate with this verification code and this copy of what it certifies. */
    public Certificate(String tenantId, UUID enrolmentId, UUID cohortId, UUID traineeId, String code,
            Contents contents, String actor, Instant at) {
        super(at);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.enrolmentId = Objects.requireNonNull(enrolmentId);
        this.cohortId = Objects.requireNonNull(cohortId);
        this.traineeId = Objects.requireNonNull(traineeId);
        this.code = Objects.requireNonNull(code);
        this.status = CertificateStatus.VALID;
        this.issuedAt = at;
        this.issuedBy = actor;
        this.traineeName = contents.traineeName();
        this.traineeLatinName = contents.traineeLatinName();
        this.traineeLanguage = contents.traineeLanguage();
        this.hostLanguage = contents.hostLanguage();
        this.courseTitle = contents.courseTitle();
        this.cohortTitle = contents.cohortTitle();
        this.startDate = contents.startDate();
        this.endDate = contents.endDate();
        this.place = contents.place();
        this.hours = contents.hours();
        this.facilitators = String.join("\n", contents.facilitators());
        this.partners = String.join("\n", contents.partners());
    }

    /**
     * What a certificate certifies, copied at its issue.
     *
     * @param traineeLanguage the trainee's first working language, if known
     * @param hostLanguage the host's language: that of the venue's country, or the cohort's language
     *        of instruction when it meets online
     */
    public record Contents(String traineeName, String traineeLatinName, Locale traineeLanguage, Locale hostLanguage,
            LocalizedText courseTitle, LocalizedText cohortTitle, LocalDate startDate, LocalDate endDate,
            String place, BigDecimal hours, List<String> facilitators, List<String> partners) {
    }

    /**
     * Revokes the certificate; verification then answers "revoked" with the reason.
     *
     * @throws UstozException {@code courses.certificate.already-revoked}
     */
    public void revoke(String reason, String actor, Instant at) {
        if (status == CertificateStatus.REVOKED) {
            throw new UstozException(CoursesError.CERTIFICATE_ALREADY_REVOKED, code);
        }
        status = CertificateStatus.REVOKED;
        revokedAt = at;
        revokedBy = actor;
        revocationReason = Objects.requireNonNull(reason);
        touch(at);
    }

    /** Makes a revoked certificate valid again, as when its enrolment completes again after a correction. */
    public void reinstate(Instant at) {
        if (status == CertificateStatus.REVOKED) {
            status = CertificateStatus.VALID;
            revokedAt = null;
            revokedBy = null;
            revocationReason = null;
            touch(at);
        }
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }

    public UUID getCohortId() {
        return cohortId;
    }

    public UUID getTraineeId() {
        return traineeId;
    }

    public String getCode() {
        return code;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getTraineeLatinName() {
        return traineeLatinName;
    }

    public Locale getTraineeLanguage() {
        return traineeLanguage;
    }

    public Locale getHostLanguage() {
        return hostLanguage;
    }

    public LocalizedText getCourseTitle() {
        return courseTitle;
    }

    public LocalizedText getCohortTitle() {
        return cohortTitle;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getPlace() {
        return place;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public List<String> getFacilitators() {
        return lines(facilitators);
    }

    public List<String> getPartners() {
        return lines(partners);
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
