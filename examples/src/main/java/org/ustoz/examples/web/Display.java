package org.ustoz.examples.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;

/** Small helpers the pages share: localized texts, dates and times in a zone, errors. */
final class Display {

    /** Zones offered by the timetable's zone picker (besides the cohort's and the trainee's own). */
    static final List<String> ZONES = List.of("Asia/Seoul", "Asia/Dushanbe", "Asia/Tashkent", "Asia/Almaty",
            "Europe/Moscow", "UTC", "Europe/London", "America/New_York");

    private Display() {
    }

    /** The text in the locale, else English, else the text's first language. */
    static String text(LocalizedText text, Locale locale) {
        return text == null ? "" : text.get(locale, Locale.ENGLISH);
    }

    static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }

    /** The error's message in the locale, without the code in brackets that starts it. */
    static String message(UstozException e, Locale locale) {
        return e.getMessage(locale).replaceFirst("^\\[[^\\]]*\\]\\s*", "");
    }

    static List<String> zones(String... first) {
        Set<String> zones = new LinkedHashSet<>();
        for (String zone : first) {
            if (zone != null) {
                zones.add(zone);
            }
        }
        zones.addAll(ZONES);
        return new ArrayList<>(zones);
    }

    static ZoneId zone(String zone, ZoneId fallback) {
        if (zone == null || zone.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }
}
