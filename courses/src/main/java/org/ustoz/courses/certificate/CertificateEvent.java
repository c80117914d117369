package org.ustoz.courses.certificate;

import java.time.Instant;
import java.util.UUID;

import org.ustoz.core.event.DomainEvent;

/** Events of certificates. */
public sealed interface CertificateEvent extends DomainEvent {

    /** The certificate. */
    UUID certificateId();

    /** Its verification code. */
    String code();

    /** A certificate was issued (or a revoked one reinstated). */
    record Issued(String tenantId, UUID certificateId, String code, UUID enrolmentId, UUID cohortId,
            UUID traineeId, Instant occurredAt) implements CertificateEvent {
    }

    /** A certificate was revoked. */
    record Revoked(String tenantId, UUID certificateId, String code, UUID enrolmentId, String reason,
            Instant occurredAt) implements CertificateEvent {
    }
}
