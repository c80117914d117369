package org.ustoz.courses.certificate.internal.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The content of a one-page certificate: what {@link CertificatePdf} lays out, top to bottom.
 *
 * @param documentTitle the PDF's document title (shown by viewers in the title bar); may be null
 * @param subject the PDF's document subject; may be null
 * @param lines the lines, top to bottom; a line whose text is null or blank is skipped
 */
public record CertificatePage(String documentTitle, String subject, List<Line> lines) {

    /** @throws NullPointerException if {@code lines} or one of its elements is null */
    public CertificatePage {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /** A page made of lines only, with no document title or subject. */
    public static CertificatePage of(Line... lines) {
        return new CertificatePage(null, null, List.of(lines));
    }

    /**
     * One line of text, centred; it is wrapped onto several lines when it is wider than the page.
     *
     * @param text the text, in any script the fonts cover; null or blank to skip the line
     * @param style how the line looks
     */
    public record Line(String text, Style style) {

        /** @throws NullPointerException if {@code style} is null */
        public Line {
            Objects.requireNonNull(style, "style");
        }

        /** Whether the line is left out: its text is null or blank. */
        public boolean isBlank() {
            return text == null || text.isBlank();
        }
    }

    /** How a line looks: its size, weight and the space above it. */
    public enum Style {
        /** The certificate's title, such as "Certificate of completion": large and bold. */
        TITLE,
        /** A line under the title. */
        SUBTITLE,
        /** The person's name: large and bold. */
        NAME,
        /** The course or programme. */
        HEADING,
        /** Running text. */
        BODY,
        /** Small print: dates, place, issuer. */
        SMALL,
        /** A verification code, slightly spaced out. */
        CODE
    }
}
