package org.ustoz.courses.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A module of a course; {@code prerequisiteCodes} are codes of modules of the same course, sorted. */
public record ModuleView(UUID id, int position, String code, LocalizedText title, LocalizedText description,
        BigDecimal hours, boolean required, List<String> prerequisiteCodes) {

    public ModuleView {
        prerequisiteCodes = List.copyOf(prerequisiteCodes);
    }
}
