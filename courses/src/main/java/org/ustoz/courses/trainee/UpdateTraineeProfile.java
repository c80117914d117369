package org.ustoz.courses.trainee;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.CountryCode;
import org.ustoz.core.validation.LanguageTag;

/**
 * Replaces a trainee's profile; see {@link RegisterTrainee} for the fields.
 *
 * @param traineeId the trainee
 * @param expectedVersion the version the caller last read; a later change by someone else is
 *        refused with {@code core.concurrent-modification}
 */
public record UpdateTraineeProfile(
        @NotNull UUID traineeId,
        long expectedVersion,
        @NotBlank @Size(max = 300) String fullName,
        @Size(max = 300) String latinName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @CountryCode String country,
        @Size(max = 200) String region,
        @Size(max = 300) String school,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> subjects,
        @NotNull @Size(max = 10) List<@NotBlank @LanguageTag String> languages) {
}
