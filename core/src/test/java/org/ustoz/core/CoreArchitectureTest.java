package org.ustoz.core;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;
import org.ustoz.core.testing.Architecture;

/** The boundary rules of {@code core} (see {@link Architecture}); core depends on no other module. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = Architecture.mainClasses("org.ustoz.core");

    @Test
    void entitiesAreInternal() {
        Architecture.entitiesAreInternal().check(CORE);
    }

    @Test
    void theApiExposesNoInternalType() {
        Architecture.apiExposesNoInternalType().check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        Architecture.noPackageCycles("org.ustoz.core").check(CORE);
    }

    @Test
    void coreDependsOnNoModule() {
        Architecture.doesNotDependOn("org.ustoz.core", "org.ustoz.courses").check(CORE);
        Architecture.doesNotDependOn("org.ustoz.core", "org.ustoz.assessments").check(CORE);
    }

    @Test
    void everyPackageSaysWhatItIs() {
        Architecture.assertEveryPackageSaysWhatItIs(Path.of("src/main/java"));
    }
}
