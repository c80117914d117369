package org.ustoz.assessments.question;

import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A category of the question bank. */
public record CategoryView(UUID id, long version, String code, LocalizedText name, UUID parentId) {
}
