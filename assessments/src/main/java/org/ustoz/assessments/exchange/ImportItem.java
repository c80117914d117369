package org.ustoz.assessments.exchange;

import java.util.List;
import java.util.UUID;

/**
 * One question of an imported file.
 *
 * @param line       GIFT: the line the question starts on; XML: 0
 * @param element    XML: the position of the {@code <question>} element (1 for the first); GIFT: 0
 * @param type       the Ustoz question type, or the source's type when unsupported
 * @param title      the question's name in the file; may be {@code null}
 * @param category   the category path below the target category ("" for the target itself)
 * @param questionId the question created; {@code null} in a dry run and when not created
 */
public record ImportItem(int line, int element, String type, String title, String category, Outcome outcome,
                         UUID questionId, List<ImportProblem> problems) {

    public ImportItem {
        problems = List.copyOf(problems);
    }

    /** What became of the question. */
    public enum Outcome {
        CREATED, WOULD_BE_CREATED, UNSUPPORTED, ERROR
    }
}
