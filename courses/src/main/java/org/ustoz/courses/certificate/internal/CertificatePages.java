package org.ustoz.courses.certificate.internal;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.courses.certificate.CertificateStatus;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage.Line;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage.Style;

/**
 * Lays out a certificate's page: each text in the cohort's language of instruction (the host's), and
 * again in the trainee's language where that differs and a translation exists. Labels come from the
 * bundle {@code org.ustoz.courses.labels}. Every date is as a person in the cohort's time zone writes
 * it: the cohort's first and last days are its own local dates, and the issue date is
 * {@link CertificateView#issuedOn()}, the issue instant in the cohort's time zone.
 */
public final class CertificatePages {

    public static final String LABELS = "org.ustoz.courses.labels";

    private CertificatePages() {
    }

    public static CertificatePage of(CertificateView c) {
        Locale host = c.hostLanguage();
        Locale trainee = c.traineeLanguage() != null && !c.traineeLanguage().getLanguage().equals(host.getLanguage())
                ? c.traineeLanguage() : null;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(label(host, "certificate.title"), Style.TITLE));
        if (trainee != null && !label(trainee, "certificate.title").equals(label(host, "certificate.title"))) {
            lines.add(new Line(label(trainee, "certificate.title"), Style.SUBTITLE));
        }
        lines.add(new Line(c.traineeName(), Style.NAME));
        if (c.traineeLatinName() != null && !c.traineeLatinName().equals(c.traineeName())) {
            lines.add(new Line(c.traineeLatinName(), Style.SMALL));
        }
        String completed = label(host, "certificate.completed");
        String completedToo = trainee == null ? completed : label(trainee, "certificate.completed");
        lines.add(new Line(completed.equals(completedToo) ? completed : completed + " / " + completedToo, Style.BODY));
        addTitle(lines, c.courseTitle(), host, trainee);
        if (!c.cohortTitle().equals(c.courseTitle())) {
            addTitle(lines, c.cohortTitle(), host, trainee);
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(host);
        String when = format(host, "certificate.dates", dates.format(c.startDate()), dates.format(c.endDate()));
        lines.add(new Line(c.place() == null ? when : when + " · " + c.place(), Style.BODY));
        lines.add(new Line(format(host, "certificate.hours", c.hours().stripTrailingZeros().toPlainString()),
                Style.BODY));
        if (!c.facilitators().isEmpty()) {
            lines.add(new Line(format(host, "certificate.facilitators", String.join(", ", c.facilitators())),
                    Style.SMALL));
        }
        if (!c.partners().isEmpty()) {
            lines.add(new Line(format(host, "certificate.partners", String.join(", ", c.partners())), Style.SMALL));
        }
        lines.add(new Line(format(host, "certificate.issued",
                dates.format(c.issuedOn())), Style.SMALL));
        lines.add(new Line(format(host, "certificate.code", c.code()), Style.CODE));
        if (c.status() == CertificateStatus.REVOKED) {
            lines.add(new Line(format(host, "certificate.revoked", c.revocationReason()), Style.HEADING));
        }
        String title = label(host, "certificate.title") + " — " + c.traineeName();
        return new CertificatePage(title, c.courseTitle().get(host), lines);
    }

    private static void addTitle(List<Line> lines, LocalizedText text, Locale host, Locale trainee) {
        String first = text.get(host);
        lines.add(new Line(first, Style.HEADING));
        if (trainee != null) {
            text.exactly(trainee).filter(t -> !t.equals(first)).ifPresent(t -> lines.add(new Line(t, Style.SUBTITLE)));
        }
    }

    private static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(label(locale, key), locale).format(args);
    }

    public static String label(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(LABELS, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(LABELS, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        }
    }
}
