package org.ustoz.courses;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;
import org.ustoz.core.testing.Architecture;

/**
 * The boundary rules of {@code courses} (see {@link Architecture}): entities internal, no internal
 * type in the API, no package cycles, no use of core's internals beyond what core shares with modules,
 * and never a dependency on {@code assessments}.
 */
class CoursesArchitectureTest {

    private static final JavaClasses COURSES = Architecture.mainClasses("org.ustoz.courses");

    @Test
    void entitiesAreInternal() {
        Architecture.entitiesAreInternal().check(COURSES);
    }

    @Test
    void theApiExposesNoInternalType() {
        Architecture.apiExposesNoInternalType().check(COURSES);
    }

    @Test
    void packagesHaveNoCycles() {
        Architecture.noPackageCycles("org.ustoz.courses").check(COURSES);
    }

    @Test
    void coursesNeverDependsOnAssessments() {
        Architecture.doesNotDependOn("org.ustoz.courses", "org.ustoz.assessments").check(COURSES);
    }

    @Test
    void theApiUsesNoInternalsOfCore() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideOutsideOfPackage("..internal..")
                .and().doNotHaveFullyQualifiedName(Courses.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.ustoz.core.internal..")
                .check(COURSES);
    }

    @Test
    void everyPackageSaysWhatItIs() {
        Architecture.assertEveryPackageSaysWhatItIs(Path.of("src/main/java"));
    }
}
