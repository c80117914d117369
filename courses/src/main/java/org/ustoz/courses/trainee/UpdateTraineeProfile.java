package org.ustoz.courses.trainee;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.CountryCode;
import org.ustoz.core.validation.LanguageTag;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.validation.TimeZoneId;

/**
 * Replaces a trainee's profile; see {@link RegisterTrainee} for the fields.
 *
 * @param traineeId the trainee
 * @param expectedVersion the version the caller last read; a later change by someone else is
 *        refused with {@code core.concurrent-modification}
 * @param timeZone IANA zone the teacher lives in, such as {@code Asia/Dushanbe}, optional: timetables
 *        are shown in it
 */
public record UpdateTraineeProfile(
        @NotNull UUID traineeId,
        long expectedVersion,
        @NotBlank @Size(max = 300) @PlainText String fullName,
        @Size(max = 300) @PlainText String latinName,
        @NotBlank @Email @Size(max = 254) @PlainText String email,
        @NotBlank @CountryCode String country,
        @Size(max = 200) @PlainText String region,
        @Size(max = 300) @PlainText String school,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) @PlainText String> subjects,
        @NotNull @Size(max = 10) List<@NotBlank @LanguageTag String> languages,
        @TimeZoneId String timeZone) {

    /** A profile without a time zone. */
    public UpdateTraineeProfile(UUID traineeId, long expectedVersion, String fullName, String latinName, String email,
            String country, String region, String school, List<String> subjects, List<String> languages) {
        this(traineeId, expectedVersion, fullName, latinName, email, country, region, school, subjects, languages,
                null);
    }
}
