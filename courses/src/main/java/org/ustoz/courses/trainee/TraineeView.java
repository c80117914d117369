package org.ustoz.courses.trainee;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A trainee as a service returns it; subjects and languages in the order given. */
public record TraineeView(UUID id, long version, String fullName, String latinName, String email, String country,
        String region, String school, List<String> subjects, List<Locale> languages, Locale preferredLanguage, ZoneId timeZone, String externalId) {

    public TraineeView {
        subjects = List.copyOf(subjects);
        languages = List.copyOf(languages);
    }
}
