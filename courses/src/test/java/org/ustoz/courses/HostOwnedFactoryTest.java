package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ValidationMode;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.ustoz.core.Ustoz;
import org.ustoz.core.UstozModules;
import org.ustoz.core.testing.TestDatabase;
import org.ustoz.courses.catalogue.CourseStatus;
import org.ustoz.courses.catalogue.CreateCourse;

/**
 * A host that owns its persistence unit and runs the migrations itself (as a Spring Boot app does)
 * builds its factory from {@link UstozModules}, then hands it to Ustoz.
 */
class HostOwnedFactoryTest {

    @Test
    void runsOnAFactoryTheHostBuiltFromTheModulesClasses() {
        try (TestDatabase db = TestDatabase.create()) {
            UstozModules modules = UstozModules.discover();
            modules.migrate(db.dataSource());
            EntityManagerFactory emf = new HibernatePersistenceConfiguration("host-app")
                    .managedClasses(modules.managedClasses())
                    .properties(Ustoz.recommendedHibernateProperties())
                    .validationMode(ValidationMode.NONE) // Ustoz validates commands, not entities
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource())
                    .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .createEntityManagerFactory();
            try (Ustoz ustoz = Ustoz.builder().entityManagerFactory(emf).build()) {
                Courses courses = Courses.of(ustoz);
                var course = courses.catalogue().createCourse(new CreateCourse("HOST", Fixture.TITLE, null,
                        java.util.List.of(), java.math.BigDecimal.TEN));
                assertThat(courses.catalogue().getByCode("HOST").status()).isEqualTo(CourseStatus.DRAFT);
                assertThat(course.id().version()).isEqualTo(7);
            } finally {
                emf.close(); // the host's factory: Ustoz leaves it open
            }
            assertThat(modules.managedClasses()).hasSizeGreaterThanOrEqualTo(5);
        }
    }
}
