package org.ustoz.assessments.grading;

import java.util.UUID;

/**
 * What a regrade did.
 *
 * @param attemptsChecked submitted attempts looked at
 * @param answersChanged  answers (or manual grades) whose points changed
 * @param attemptsChanged attempts (or manual grades) whose total changed
 */
public record RegradeReport(UUID subjectId, int attemptsChecked, int answersChanged, int attemptsChanged) {
}
