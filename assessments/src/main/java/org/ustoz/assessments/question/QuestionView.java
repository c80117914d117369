package org.ustoz.assessments.question;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A question at one of its versions.
 *
 * @param versionNumber the version shown (1, 2, ...)
 * @param latestVersion the question's latest version
 */
public record QuestionView(UUID id, long version, String code, UUID categoryId, String categoryCode, String type,
                           Set<String> tags, UUID rubricId, UUID versionId, int versionNumber, int latestVersion,
                           BigDecimal points, QuestionContent content) {
}
