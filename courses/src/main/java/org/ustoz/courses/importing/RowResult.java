package org.ustoz.courses.importing;

import java.util.List;
import java.util.UUID;

/**
 * One data row of the file.
 *
 * @param line the line it starts on (the header is line 1)
 * @param actions what was or would be done: {@code CREATE}, {@code UPDATE} or {@code UNCHANGED}, then
 *        {@code ENROL} if it enrols; or only {@code ERROR}
 * @param traineeId the existing trainee the row matched, or the one created by a real run; null otherwise
 * @param problems why the row is refused; empty unless {@code ERROR}
 */
public record RowResult(long line, List<ImportAction> actions, UUID traineeId, List<RowProblem> problems) {

    public RowResult {
        actions = List.copyOf(actions);
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return actions.contains(ImportAction.ERROR);
    }
}
