package org.ustoz.courses.importing;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.CountryCode;
import org.ustoz.core.validation.PlainText;

/**
 * How to import.
 *
 * @param dryRun report what would happen and write nothing
 * @param applyGoodRows write the good rows even if some are bad (by default a bad row stops the whole file)
 * @param matchBy how a row finds an existing trainee
 * @param defaultCountry ISO 3166-1 alpha-2 code for rows without a country, optional
 * @param columns header names by field, replacing the recognised layout's for those fields; when not
 *        empty and the header is neither Moodle's nor OneRoster's, only these columns are read
 */
public record TraineeImportOptions(boolean dryRun, boolean applyGoodRows, @NotNull MatchBy matchBy,
        @CountryCode String defaultCountry,
        @NotNull @Size(max = 20) Map<@NotNull ImportField, @NotBlank @Size(max = 200) @PlainText String> columns) {

    public TraineeImportOptions {
        matchBy = matchBy == null ? MatchBy.EMAIL : matchBy;
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    /** A real, all-or-nothing run matching by e-mail, with this default country (may be null). */
    public static TraineeImportOptions defaults(String defaultCountry) {
        return new TraineeImportOptions(false, false, MatchBy.EMAIL, defaultCountry, Map.of());
    }

    public TraineeImportOptions asDryRun() {
        return new TraineeImportOptions(true, applyGoodRows, matchBy, defaultCountry, columns);
    }

    public TraineeImportOptions applyingGoodRows() {
        return new TraineeImportOptions(dryRun, true, matchBy, defaultCountry, columns);
    }

    public TraineeImportOptions matching(MatchBy by) {
        return new TraineeImportOptions(dryRun, applyGoodRows, by, defaultCountry, columns);
    }

    public TraineeImportOptions withColumns(Map<ImportField, String> byField) {
        return new TraineeImportOptions(dryRun, applyGoodRows, matchBy, defaultCountry, byField);
    }
}
