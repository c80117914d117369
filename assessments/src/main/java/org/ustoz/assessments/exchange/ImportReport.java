package org.ustoz.assessments.exchange;

import java.util.List;

/**
 * What an import did, or in a dry run would do.
 *
 * @param written     whether questions were written (false in a dry run)
 * @param created     questions created, or that a dry run would create
 * @param unsupported questions skipped as unsupported
 * @param errors      questions with errors (a real run with errors throws instead of reporting)
 * @param items       every question of the file, in file order
 */
public record ImportReport(boolean dryRun, boolean written, int created, int unsupported, int errors,
                           List<ImportItem> items) {

    public ImportReport {
        items = List.copyOf(items);
    }
}
