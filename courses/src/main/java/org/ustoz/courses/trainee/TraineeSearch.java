package org.ustoz.courses.trainee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.paging.PageRequest;
import org.ustoz.core.validation.PlainText;

/**
 * A search for trainees by name, in any script: every word of {@code text} must begin a word of the
 * trainee's name (native or Latin form), compared in a script-neutral form, so "Rahmonov" finds
 * "Раҳмонов", "Oʻtkir" finds "Ўткир", and "zar rahm" finds "Зарина Раҳмонова".
 *
 * @param text one to five words, separated by white space; a single line of at most 200 characters
 * @param page the page to read
 */
public record TraineeSearch(@NotBlank @Size(max = 200) @PlainText
        @Pattern(regexp = "\\s*\\S+(\\s+\\S+){0,4}\\s*", message = "{org.ustoz.courses.TraineeSearch.words.message}")
        String text, @NotNull @Valid PageRequest page) {

    /** The first 20 matches of a text. */
    public static TraineeSearch of(String text) {
        return new TraineeSearch(text, PageRequest.first(20));
    }
}
