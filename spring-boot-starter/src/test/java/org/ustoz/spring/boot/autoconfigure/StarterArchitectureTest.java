package org.ustoz.spring.boot.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The starter wires Ustoz through its public API and SPIs only: no class of an {@code internal}
 * package of any Ustoz module.
 */
class StarterArchitectureTest {

    private static final JavaClasses STARTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ustoz.spring");

    @Test
    void theStarterUsesNoInternals() {
        noClasses().that().resideInAPackage("org.ustoz.spring..")
                .should().dependOnClassesThat().resideInAPackage("org.ustoz..internal..")
                .check(STARTER);
    }
}
