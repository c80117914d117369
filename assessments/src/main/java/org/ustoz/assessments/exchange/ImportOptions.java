package org.ustoz.assessments.exchange;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * How to import.
 *
 * @param language BCP 47 tag of the language the texts are in, such as {@code ru} or {@code uz-Latn}
 * @param dryRun   report what would be created and write nothing
 */
public record ImportOptions(
        @NotNull @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}") @PlainText String language,
        boolean dryRun) {

    public ImportOptions {
        language = language == null ? "en" : language;
    }

    /** English texts, a real run. */
    public static ImportOptions defaults() {
        return new ImportOptions("en", false);
    }

    /** A dry run in English. */
    public static ImportOptions dryRunOnly() {
        return new ImportOptions("en", true);
    }

    /** These options with texts in another language. */
    public ImportOptions inLanguage(String languageTag) {
        return new ImportOptions(languageTag, dryRun);
    }
}
