package org.ustoz.courses.importing;

import java.io.InputStream;

/**
 * Imports trainees from a CSV file: UTF-8 with or without a byte order mark, fields separated by
 * {@code ,} or {@code ;} (whichever the header line uses more), quoted fields as in RFC 4180, the
 * first line naming the columns. The layout is recognised by the header: Moodle's "upload users"
 * file ({@code username, firstname, lastname, email, idnumber, institution, city, country, course1},
 * others ignored) or OneRoster 1.1/1.2 {@code users.csv} ({@code sourcedId, givenName, familyName,
 * email}); {@link TraineeImportOptions#columns()} names the columns of any other file.
 *
 * <p>Trainees are matched by e-mail or by external id ({@link TraineeImportOptions#matchBy()}), then
 * created or updated, and enrolled in the cohort whose code the {@code course1} column holds. A dry
 * run writes nothing; a real run writes nothing if any row is bad, unless
 * {@link TraineeImportOptions#applyGoodRows()} is set. The whole file is checked and written in one
 * transaction, so that what was checked is what is written.
 *
 * <p>The file is read once, as a stream; a compact record of each row (its line number and the
 * mapped texts, about 1 KB a row) is kept for the write, so a 10,000-row file needs about 10 MB.
 * {@code csv} is read to its end, not closed: it belongs to the caller.
 */
public interface TraineeImportService {

    /**
     * Checks, and unless a dry run imports, the trainees of a CSV file.
     *
     * @return what was, or would be, done with each row
     * @throws org.ustoz.core.error.UstozException {@code courses.import.not-csv} when the file is not
     *         UTF-8 text with a header line, {@code courses.import.missing-column} when a needed column
     *         cannot be found, {@code courses.import.read-failed} when {@code csv} fails
     */
    TraineeImportReport importTrainees(InputStream csv, TraineeImportOptions options);
}
