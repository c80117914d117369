package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.AddPrerequisite;
import org.ustoz.courses.catalogue.CourseEvent;
import org.ustoz.courses.catalogue.CourseQuery;
import org.ustoz.courses.catalogue.CourseStatus;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.ModuleView;

class CatalogueTest extends ServiceTest {


    @Test
    void buildsACourseWithOrderedModulesAndPrerequisites() {
        CourseView course = f.draftCourse("DIGI-EDU", 3);
        ModuleView m1 = course.modules().get(0);
        ModuleView m3 = course.modules().get(2);
        f.courses.catalogue().addPrerequisite(new AddPrerequisite(m3.id(), m1.id()));

        CourseView read = f.courses.catalogue().getByCode("DIGI-EDU");
        assertThat(read.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(read.title().get(Locale.KOREAN)).isEqualTo("교육의 디지털화");
        assertThat(read.modules()).extracting(ModuleView::code).containsExactly("M1", "M2", "M3");
        assertThat(read.modules()).extracting(ModuleView::position).containsExactly(1, 2, 3);
        assertThat(read.modules().get(2).prerequisiteCodes()).containsExactly("M1");
        assertThat(read.learningOutcomes()).hasSize(1);
    }

    @Test
    void refusesAPrerequisiteCycleDirectOrIndirect() {
        CourseView course = f.draftCourse("CYCLE", 3);
        var m = course.modules();
        f.courses.catalogue().addPrerequisite(new AddPrerequisite(m.get(1).id(), m.get(0).id())); // M2 needs M1
        f.courses.catalogue().addPrerequisite(new AddPrerequisite(m.get(2).id(), m.get(1).id())); // M3 needs M2

        assertCode(() -> f.courses.catalogue().addPrerequisite(new AddPrerequisite(m.get(0).id(), m.get(2).id())),
                "courses.module.prerequisite-cycle");
        assertCode(() -> f.courses.catalogue().addPrerequisite(new AddPrerequisite(m.get(0).id(), m.get(0).id())),
                "courses.module.prerequisite-cycle");
        assertThat(f.courses.catalogue().get(course.id()).modules().get(0).prerequisiteCodes()).isEmpty();
    }

    @Test
    void refusesPrerequisitesAcrossCourses() {
        CourseView a = f.draftCourse("A-COURSE", 1);
        CourseView b = f.draftCourse("B-COURSE", 1);
        assertCode(() -> f.courses.catalogue().addPrerequisite(
                new AddPrerequisite(a.modules().get(0).id(), b.modules().get(0).id())),
                "courses.module.prerequisite-other-course");
    }

    @Test
    void publishesOnceAndFreezesTheStructure() {
        CourseView course = f.draftCourse("PUB", 2);
        int eventsBefore = t.events(CourseEvent.Published.class).size();

        CourseView published = f.courses.catalogue().publish(course.id());

        assertThat(published.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(t.clock().instant());
        assertThat(t.events(CourseEvent.Published.class)).hasSize(eventsBefore + 1);
        assertCode(() -> f.courses.catalogue().publish(course.id()), "courses.course.already-published");
        assertCode(() -> f.courses.catalogue().addModule(f.addModule(course.id(), "M9")), "courses.course.not-draft");
        assertThat(t.events(CourseEvent.Published.class)).hasSize(eventsBefore + 1);

        f.courses.catalogue().archive(course.id());
        assertCode(() -> f.courses.catalogue().archive(course.id()), "courses.course.already-archived");
        assertCode(() -> f.courses.catalogue().publish(course.id()), "courses.course.already-archived");
    }

    @Test
    void refusesToPublishACourseWithoutModules() {
        CourseView course = f.courses.catalogue().createCourse(f.createCourse("EMPTY"));
        assertCode(() -> f.courses.catalogue().publish(course.id()), "courses.course.no-modules");
    }

    @Test
    void refusesDuplicateCodesAndModulesBeyondTheCourseHours() {
        CourseView course = f.draftCourse("DUP", 1);
        assertCode(() -> f.courses.catalogue().createCourse(f.createCourse("DUP")), "courses.course.code-taken");
        assertCode(() -> f.courses.catalogue().addModule(f.addModule(course.id(), "m1")), "courses.module.code-taken");
        assertCode(() -> f.courses.catalogue().addModule(new AddModule(course.id(), "BIG",
                LocalizedText.of("en", "Too long"), null, new BigDecimal("55"), false)),
                "courses.module.hours-exceed-course");
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        CourseView course = f.draftCourse("MINE", 1);
        asTenant("other-office", () -> {
            assertCode(() -> f.courses.catalogue().get(course.id()), "courses.course.not-found");
            assertThat(f.courses.catalogue().list(CourseQuery.all()).items()).isEmpty();
            // the same code is free in another tenant
            assertThat(f.courses.catalogue().createCourse(f.createCourse("MINE")).code()).isEqualTo("MINE");
        });
    }

    @Test
    void listsCoursesPageByPageInAConstantNumberOfStatements() {
        asTenant("lister", () -> {
            for (int i = 0; i < 12; i++) {
                f.draftCourse(String.format("L%02d", i), 2);
            }
            long[] statements = new long[2];
            statements[0] = t.statementsOf(() -> f.courses.catalogue().list(new CourseQuery(null, new PageRequest(0, 3))));
            var page = f.courses.catalogue().list(new CourseQuery(CourseStatus.DRAFT, new PageRequest(1, 5)));
            statements[1] = t.statementsOf(() -> f.courses.catalogue().list(new CourseQuery(null, new PageRequest(0, 12))));

            assertThat(page.totalItems()).isEqualTo(12);
            assertThat(page.items()).extracting(s -> s.code()).containsExactly("L05", "L06", "L07", "L08", "L09");
            assertThat(page.items()).allSatisfy(s -> assertThat(s.moduleCount()).isEqualTo(2));
            assertThat(page.totalPages()).isEqualTo(3);
            assertThat(statements[0]).isEqualTo(2).isEqualTo(statements[1]);
        });
    }

    @Test
    void readsACourseWithItsModulesInAConstantNumberOfStatements() {
        CourseView small = f.draftCourse("SMALL", 2);
        CourseView large = f.draftCourse("LARGE", 6);
        long forSmall = t.statementsOf(() -> f.courses.catalogue().get(small.id()));
        long forLarge = t.statementsOf(() -> f.courses.catalogue().get(large.id()));
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(3);
    }
}
