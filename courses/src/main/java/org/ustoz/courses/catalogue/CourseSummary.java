package org.ustoz.courses.catalogue;

import java.math.BigDecimal;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A line of the course list. */
public record CourseSummary(UUID id, String code, LocalizedText title, BigDecimal totalHours, CourseStatus status,
        long moduleCount) {
}
