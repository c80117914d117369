package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.ustoz.core.Ustoz;
import org.ustoz.courses.catalogue.AddModule;
import org.ustoz.courses.catalogue.CourseStatus;
import org.ustoz.courses.catalogue.CreateCourse;
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
            assertThat(applied).containsEntry("courses", 2);
            assertThat(db.queryLong("select count(*) from ustoz_enrolment")).isZero();
            // a second run finds nothing to do
            assertThat(UstozModules.discover().migrate(db.dataSource())).containsEntry("courses", 0);
        }
        try (TestUstoz t = TestUstoz.start()) { // builder migrates and validates
            assertThat(t.runtime().entityManagerFactory().isOpen()).isTrue();
        }
    }

    /**
     * H2 2.4.240 forgets CHECK constraints written with IN lists once the connection that created
     * them closes (h2database issue 4302). Without a pool, Flyway's connection is closed before the
     * first insert: the constraints must still hold and still accept valid rows.
     */
    @Test
    void h2ChecksSurviveTheMigrationConnectionClosing() {
        JdbcDataSource unpooled = new JdbcDataSource();
        unpooled.setURL("jdbc:h2:mem:unpooled-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Ustoz ustoz = Ustoz.builder().dataSource(unpooled).build()) {
            Courses courses = Courses.of(ustoz);
            var course = courses.catalogue().createCourse(new CreateCourse("H2", Fixture.TITLE, null, List.of(),
                    BigDecimal.TEN));
            courses.catalogue().addModule(new AddModule(course.id(), "M1", Fixture.TITLE, null, BigDecimal.ONE, true));
            courses.catalogue().publish(course.id());
            assertThat(courses.catalogue().get(course.id()).status()).isEqualTo(CourseStatus.PUBLISHED);
        }
        try (var connection = unpooled.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
