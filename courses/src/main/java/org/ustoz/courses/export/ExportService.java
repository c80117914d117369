package org.ustoz.courses.export;

import java.io.OutputStream;
import java.util.UUID;

/**
 * A cohort's roster and attendance register as CSV files (RFC 4180: comma-separated, CRLF line ends,
 * every cell in double quotes) in UTF-8 with a byte order mark, so that Excel shows Cyrillic and
 * Hangul names as they are. Column headers are in the caller's language.
 *
 * <p>Cells are written so that a spreadsheet cannot take them for formulas (OWASP, "CSV injection"):
 * a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * prefixed with a single quote; a trainee called {@code =HYPERLINK(...)} appears as
 * {@code '=HYPERLINK(...)}.
 *
 * <p>Rows are streamed from the database to {@code out} as they are read, with a fixed number of SQL
 * statements whatever the cohort's size. {@code out} is flushed, not closed: it belongs to the caller.
 */
public interface ExportService {

    /**
     * The trainees of the cohort, every enrolment status included, by name: number, full name, name in
     * Latin letters, e-mail, country, region, school, enrolment status (its code, such as
     * {@code ENROLLED}). The roster is for the cohort's coordinators, so it carries e-mail addresses.
     *
     * @throws org.ustoz.core.error.UstozException {@code courses.cohort.not-found}, or
     *         {@code courses.export.write-failed} when {@code out} fails
     */
    void roster(UUID cohortId, OutputStream out);

    /**
     * The attendance register: one row per trainee attending (enrolled, completed or failed), by name,
     * and one column per scheduled session, by start (its local date and time in the cohort's zone and
     * its title), each cell a code: {@code P} present, {@code L} present and late, {@code LE} present and
     * left early, {@code L/LE} both, {@code A} absent, {@code E} absent and excused, empty when not
     * recorded. After an empty row, a legend section lists the codes and what they mean.
     *
     * @throws org.ustoz.core.error.UstozException {@code courses.cohort.not-found}, or
     *         {@code courses.export.write-failed} when {@code out} fails
     */
    void attendanceRegister(UUID cohortId, OutputStream out);
}
