package org.ustoz.courses.certificate;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Revokes a certificate.
 *
 * @param certificateId the certificate
 * @param reason why, shown by verification
 */
public record RevokeCertificate(@NotNull UUID certificateId, @NotBlank @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String reason) {
}
