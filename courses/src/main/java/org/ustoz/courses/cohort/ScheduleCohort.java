package org.ustoz.courses.cohort;

import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Partner;
import org.ustoz.courses.cohort.Venue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.LanguageTag;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.validation.TimeZoneId;
import org.ustoz.courses.catalogue.Codes;

/**
 * Schedules a draft cohort of a published course.
 *
 * @param courseId the published course
 * @param code code unique in the tenant, such as {@code DIGI-EDU-2025-SEJONG}
 * @param title the cohort's own title; optional, the course's title otherwise
 * @param startDate first day, in the cohort's time zone
 * @param endDate last day (inclusive), not before the first
 * @param timeZone IANA time zone where the cohort is taught, such as {@code Asia/Seoul}
 * @param deliveryMode in person, online or blended
 * @param venue where it meets; required unless online
 * @param onlineUrl meeting or course link; required unless in person
 * @param language language of instruction, a BCP 47 tag such as {@code ru} or {@code tg}
 * @param capacity seats, 1 to 10,000
 * @param waitlistCapacity waitlist places; {@code null} for no limit, {@code 0} for no waitlist
 * @param facilitators who teaches, in order of appearance
 * @param partners partner organisations with their roles
 */
public record ScheduleCohort(
        @NotNull UUID courseId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @PlainText String code,
        @Localized(max = 300) @PlainText LocalizedText title,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank @TimeZoneId String timeZone,
        @NotNull DeliveryMode deliveryMode,
        @Valid @PlainText(max = 500) Venue venue,
        @Size(max = 500) @PlainText(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "{org.ustoz.courses.WebAddress.message}") String onlineUrl,
        @NotBlank @LanguageTag String language,
        @Min(1) @Max(10_000) int capacity,
        @Min(0) @Max(10_000) Integer waitlistCapacity,
        @NotNull @Size(max = 50) List<@NotNull @Valid @PlainText Facilitator> facilitators,
        @NotNull @Size(max = 50) List<@NotNull @Valid @PlainText Partner> partners) {
}
