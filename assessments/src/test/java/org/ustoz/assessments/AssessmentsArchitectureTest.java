package org.ustoz.assessments;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;
import org.ustoz.core.testing.Architecture;

/**
 * The boundary rules of {@code assessments} (see {@link Architecture}): entities internal, no internal
 * type in the API, no package cycles, no use of core's internals beyond what core shares with modules,
 * and of the courses module only the entities its own entities reference.
 */
class AssessmentsArchitectureTest {

    private static final JavaClasses ASSESSMENTS = Architecture.mainClasses("org.ustoz.assessments");

    @Test
    void entitiesAreInternal() {
        Architecture.entitiesAreInternal().check(ASSESSMENTS);
    }

    @Test
    void theApiExposesNoInternalType() {
        Architecture.apiExposesNoInternalType().check(ASSESSMENTS);
    }

    @Test
    void packagesHaveNoCycles() {
        Architecture.noPackageCycles("org.ustoz.assessments").check(ASSESSMENTS);
    }

    /**
     * The one allowed dependency on another module's internals: the assessments entities reference the
     * courses entities they belong to (an assessment, a grade category or item its cohort and course
     * module, an attempt or a manual grade its enrolment) as JPA associations, so that their queries
     * join in SQL and keep a constant statement count. Only those entity classes, and only from
     * assessments' internals; the API and SPI of assessments use only the courses API.
     */
    @Test
    void assessmentsUseOnlyTheCoursesEntitiesTheyReference() {
        java.util.Set<String> allowed = java.util.Set.of(
                "org.ustoz.courses.cohort.internal.Cohort",
                "org.ustoz.courses.enrolment.internal.Enrolment",
                "org.ustoz.courses.trainee.internal.Trainee",
                "org.ustoz.courses.catalogue.internal.CourseModule",
                "org.ustoz.courses.catalogue.internal.Course");
        Architecture.internalsStayInside("org.ustoz.courses", d -> Architecture.isInternal(d.getOriginClass())
                && allowed.contains(d.getTargetClass().getName())).check(ASSESSMENTS);
    }

    @Test
    void theApiUsesNoInternalsOfCore() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideOutsideOfPackage("..internal..")
                .and().doNotHaveFullyQualifiedName(Assessments.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.ustoz.core.internal..")
                .check(ASSESSMENTS);
    }

    @Test
    void everyPackageSaysWhatItIs() {
        Architecture.assertEveryPackageSaysWhatItIs(Path.of("src/main/java"));
    }
}
