package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ustoz.core.UstozModules;
import org.ustoz.core.testing.TestDatabase;
import org.ustoz.core.testing.TestUstoz;

/**
 * Flyway migrates an empty database, then Hibernate starts with {@code hbm2ddl.auto=validate}
 * against it: the mapping and the shipped migrations agree, on the database this suite runs on.
 */
class SchemaTest {

    @Test
    void migratesAnEmptyDatabaseAndHibernateValidatesTheMapping() {
        try (TestDatabase db = TestDatabase.create()) {
            var applied = UstozModules.discover().migrate(db.dataSource());
            assertThat(applied).containsEntry("courses", 1);
            assertThat(db.queryLong("select count(*) from ustoz_enrolment")).isZero();
            // a second run finds nothing to do
            assertThat(UstozModules.discover().migrate(db.dataSource())).containsEntry("courses", 0);
        }
        try (TestUstoz t = TestUstoz.start()) { // builder migrates and validates
            assertThat(t.ustoz().entityManagerFactory().isOpen()).isTrue();
        }
    }
}
