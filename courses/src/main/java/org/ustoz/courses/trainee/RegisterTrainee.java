package org.ustoz.courses.trainee;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.CountryCode;
import org.ustoz.core.validation.LanguageTag;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.validation.TimeZoneId;

/**
 * Registers a teacher as a trainee of the tenant.
 *
 * @param fullName the name as the teacher writes it, in any script ("Зарина Раҳмонова")
 * @param latinName the name in Latin letters ("Zarina Rahmonova"), optional
 * @param email unique in the tenant (compared without case)
 * @param country ISO 3166-1 alpha-2 code, such as {@code TJ}
 * @param region region or province, optional
 * @param school school or institution, optional
 * @param subjects subjects taught, up to 20
 * @param languages languages the teacher works in, BCP 47 tags such as {@code tg}, up to 10
 * @param externalId the host's own id for this person, unique in the tenant, optional
 * @param timeZone IANA zone the teacher lives in, such as {@code Asia/Dushanbe}, optional: timetables
 *        are shown in it
 */
public record RegisterTrainee(
        @NotBlank @Size(max = 300) @PlainText String fullName,
        @Size(max = 300) @PlainText String latinName,
        @NotBlank @Email @Size(max = 254) @PlainText String email,
        @NotBlank @CountryCode String country,
        @Size(max = 200) @PlainText String region,
        @Size(max = 300) @PlainText String school,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) @PlainText String> subjects,
        @NotNull @Size(max = 10) List<@NotBlank @LanguageTag String> languages,
        @Size(max = 128) @PlainText String externalId,
        @TimeZoneId String timeZone) {

    /** A trainee whose time zone is not known. */
    public RegisterTrainee(String fullName, String latinName, String email, String country, String region,
            String school, List<String> subjects, List<String> languages, String externalId) {
        this(fullName, latinName, email, country, region, school, subjects, languages, externalId, null);
    }
}
