package org.ustoz.courses.catalogue;

import java.util.UUID;

import org.ustoz.core.error.UstozException;
import org.ustoz.core.paging.Page;

/**
 * The course catalogue: courses, their modules and prerequisites, and their lifecycle.
 *
 * <p>Every method runs in a transaction (joining the caller's if one is active), validates its
 * command first, sees only the caller's tenant, and fails with a {@link UstozException} carrying a
 * {@link org.ustoz.courses.CoursesError} code.
 */
public interface CatalogueService {

    /** Creates a draft course; {@code courses.course.code-taken} if the code is used in the tenant. */
    CourseView createCourse(CreateCourse command);

    /** Adds a module at the end of a draft course. */
    ModuleView addModule(AddModule command);

    /** Adds a prerequisite between two modules of a draft course; refuses cycles. */
    CourseView addPrerequisite(AddPrerequisite command);

    /** Publishes a draft course. */
    CourseView publish(UUID courseId);

    /** Archives a course. */
    CourseView archive(UUID courseId);

    /** A course with its modules; {@code courses.course.not-found} if unknown in the tenant. */
    CourseView get(UUID courseId);

    /** A course by its code in the tenant. */
    CourseView getByCode(String code);

    /** A page of the tenant's courses, ordered by code. */
    Page<CourseSummary> list(CourseQuery query);
}
