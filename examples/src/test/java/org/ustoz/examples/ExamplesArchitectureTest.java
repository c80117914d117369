package org.ustoz.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The examples embed Ustoz the way a host would: through its API only. They use no class of an
 * {@code internal} package of any Ustoz module, no entity, and no JPA annotation of their own on Ustoz
 * data.
 */
class ExamplesArchitectureTest {

    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ustoz.examples");

    @Test
    void examplesUseNoInternals() {
        noClasses().that().resideInAPackage("org.ustoz.examples..")
                .should().dependOnClassesThat().resideInAPackage("org.ustoz..internal..")
                .check(EXAMPLES);
    }

    @Test
    void examplesUseNoEntities() {
        noClasses().that().resideInAPackage("org.ustoz.examples..")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Embeddable")
                .check(EXAMPLES);
    }

    @Test
    void examplesNeverTouchAnEntityManager() {
        noClasses().that().resideInAPackage("org.ustoz.examples..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(EXAMPLES);
    }
}
