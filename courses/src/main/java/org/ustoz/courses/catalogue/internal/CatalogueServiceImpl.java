package org.ustoz.courses.catalogue.internal;

import org.ustoz.core.internal.SafeArgs;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.core.internal.persistence.Paging;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.paging.Page;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.AddPrerequisite;
import org.ustoz.courses.catalogue.CatalogueService;
import org.ustoz.courses.catalogue.CourseEvent;
import org.ustoz.courses.catalogue.CourseQuery;
import org.ustoz.courses.catalogue.CourseSummary;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.CreateCourse;
import org.ustoz.courses.catalogue.ModuleView;

/** {@link CatalogueService} over Jakarta Persistence. */
public final class CatalogueServiceImpl implements CatalogueService {

    private static final CatalogueMapper MAP = CatalogueMapper.INSTANCE;

    private final UstozRuntime ustoz;

    public CatalogueServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public CourseView createCourse(CreateCourse command) {
        ustoz.validate(command);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Long taken = em.createQuery("select count(c) from Course c where c.tenantId = :t and c.code = :code",
                    Long.class).setParameter("t", tenant).setParameter("code", command.code()).getSingleResult();
            if (taken > 0) {
                throw new UstozException(CoursesError.COURSE_CODE_TAKEN, command.code());
            }
            Course course = new Course(tenant, command.code(), command.title(), command.description(),
                    command.learningOutcomes(), command.totalHours(), ustoz.clock().instant());
            em.persist(course);
            return course;
        }, MAP::toView);
    }

    @Override
    public ModuleView addModule(AddModule command) {
        ustoz.validate(command);
        return ustoz.inTransaction(em -> {
            Course course = Finder.find(Course.class, CoursesError.COURSE_NOT_FOUND, em, ustoz.caller().tenantId(), command.courseId());
            CourseModule module = course.addModule(command.code(), command.title(), command.description(),
                    command.hours(), command.required(), ustoz.clock().instant());
            em.persist(module);
            return module;
        }, MAP::toView);
    }

    @Override
    public CourseView addPrerequisite(AddPrerequisite command) {
        ustoz.validate(command);
        return ustoz.inTransaction(em -> {
            String tenant = ustoz.caller().tenantId();
            CourseModule module = Finder.find(CourseModule.class, CoursesError.MODULE_NOT_FOUND, em, tenant, command.moduleId());
            CourseModule prerequisite = Finder.find(CourseModule.class, CoursesError.MODULE_NOT_FOUND, em, tenant, command.prerequisiteId());
            Course course = module.getCourse();
            course.addPrerequisite(module, prerequisite, ustoz.clock().instant());
            return course;
        }, MAP::toView);
    }

    @Override
    public CourseView publish(UUID courseId) {
        return ustoz.inTransaction(em -> {
            Course course = Finder.find(Course.class, CoursesError.COURSE_NOT_FOUND, em, ustoz.caller().tenantId(), courseId);
            course.publish(ustoz.clock().instant());
            ustoz.publish(em, new CourseEvent.Published(course.getTenantId(), course.getId(), course.getCode(),
                    course.getPublishedAt()));
            return course;
        }, MAP::toView);
    }

    @Override
    public CourseView archive(UUID courseId) {
        return ustoz.inTransaction(em -> {
            Course course = Finder.find(Course.class, CoursesError.COURSE_NOT_FOUND, em, ustoz.caller().tenantId(), courseId);
            course.archive(ustoz.clock().instant());
            ustoz.publish(em, new CourseEvent.Archived(course.getTenantId(), course.getId(), course.getCode(),
                    course.getArchivedAt()));
            return course;
        }, MAP::toView);
    }

    @Override
    public CourseView get(UUID courseId) {
        return ustoz.read(em -> MAP.toView(fetch(em, "c.id = :key", courseId, courseId)));
    }

    @Override
    public CourseView getByCode(String code) {
        ustoz.validateText("code", code, PlainText.Kind.LINE);
        return ustoz.read(em -> MAP.toView(fetch(em, "c.code = :key", code, SafeArgs.key(code))));
    }

    /** The course with its modules in one statement; prerequisites follow in one batch. */
    private Course fetch(EntityManager em, String condition, Object key, Object shown) {
        List<Course> found = em.createQuery("select distinct c from Course c left join fetch c.modules "
                + "where c.tenantId = :t and " + condition, Course.class)
                .setParameter("t", ustoz.caller().tenantId()).setParameter("key", key).getResultList();
        if (found.isEmpty()) {
            throw new UstozException(CoursesError.COURSE_NOT_FOUND, shown);
        }
        return found.get(0);
    }

    @Override
    public Page<CourseSummary> list(CourseQuery query) {
        ustoz.validate(query);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("t", ustoz.caller().tenantId());
        String from = "from Course c where c.tenantId = :t";
        if (query.status() != null) {
            from += " and c.status = :s";
            parameters.put("s", query.status());
        }
        String where = from;
        return ustoz.read(em -> Paging.page(em, CourseSummary.class,
                "select new org.ustoz.courses.catalogue.CourseSummary(c.id, c.code, c.title, c.totalHours, c.status, "
                        + "(select count(m) from CourseModule m where m.course = c))",
                where, "order by c.code, c.id", parameters, query.page()));
    }
}
