package org.ustoz.courses.importing;

import java.util.List;

/**
 * What an import did or, for a dry run or a refused file, would do.
 *
 * @param format the layout recognised
 * @param dryRun whether it was a dry run
 * @param written whether anything was written (false for a dry run, and for an all-or-nothing run with a bad row)
 * @param created rows that create a trainee
 * @param updated rows that update one
 * @param unchanged rows whose trainee is as the row says
 * @param enrolled rows that enrol
 * @param failed rows refused
 * @param rows every data row, in file order
 */
public record TraineeImportReport(ImportFormat format, boolean dryRun, boolean written, int created, int updated,
        int unchanged, int enrolled, int failed, List<RowResult> rows) {

    public TraineeImportReport {
        rows = List.copyOf(rows);
    }

    /** The refused rows. */
    public List<RowResult> failures() {
        return rows.stream().filter(RowResult::failed).toList();
    }
}
