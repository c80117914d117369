package org.ustoz.courses.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ustoz.core.i18n.LocalizedText;

/** A course with its modules, as a service returns it. */
public record CourseView(UUID id, long version, String code, LocalizedText title, LocalizedText description,
        List<LocalizedText> learningOutcomes, BigDecimal totalHours, CourseStatus status, Instant publishedAt,
        Instant archivedAt, List<ModuleView> modules) {

    public CourseView {
        learningOutcomes = List.copyOf(learningOutcomes);
        modules = List.copyOf(modules);
    }
}
