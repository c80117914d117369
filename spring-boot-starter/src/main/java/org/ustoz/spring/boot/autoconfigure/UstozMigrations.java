package org.ustoz.spring.boot.autoconfigure;

import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.ustoz.core.UstozModules;

/**
 * Brings Ustoz's schema up to date when the application context starts ({@link UstozModules#migrate}: each
 * module's Flyway migrations, with its own history table).
 *
 * <p>Spring Boot treats this bean as a database initializer that runs first: Boot's own Flyway migration (the
 * host's migrations), Hibernate's schema validation and every bean that depends on database initialization
 * (the {@code EntityManagerFactory}, {@code JdbcTemplate}s) start after it. No {@code FlywayMigrationStrategy}
 * is involved, so a host keeps its own. The host's Flyway then starts on a schema that already holds Ustoz's
 * tables and needs {@code spring.flyway.baseline-on-migrate=true} (with {@code baseline-version=0}) for its own
 * history table.
 */
public class UstozMigrations implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(UstozMigrations.class);

    private final UstozModules modules;
    private final DataSource dataSource;
    private Map<String, Integer> applied = Map.of();

    /** Migrations of these modules on this data source, run when the bean is initialised. */
    public UstozMigrations(UstozModules modules, DataSource dataSource) {
        this.modules = Objects.requireNonNull(modules, "modules");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void afterPropertiesSet() {
        applied = modules.migrate(dataSource);
        LOG.info("Ustoz schema up to date; migrations applied by module: {}", applied);
    }

    /** The migrations applied at start-up, by module name. */
    public Map<String, Integer> applied() {
        return applied;
    }
}
