package org.ustoz.courses.catalogue;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Makes one module of a draft course a prerequisite of another module of the same course.
 *
 * @param moduleId the module that needs the prerequisite
 * @param prerequisiteId the module that must come first
 */
public record AddPrerequisite(@NotNull UUID moduleId, @NotNull UUID prerequisiteId) {
}
