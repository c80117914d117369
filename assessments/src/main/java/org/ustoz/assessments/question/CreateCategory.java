package org.ustoz.assessments.question;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.validation.Localized;
import org.ustoz.core.validation.PlainText;

/** Creates a category of the question bank, optionally inside another. */
public record CreateCategory(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+") @PlainText String code,
        @NotNull @Localized(max = 2000) @PlainText(max = 2000) LocalizedText name,
        UUID parentId) {
}
