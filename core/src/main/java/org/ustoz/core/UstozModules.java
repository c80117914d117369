package org.ustoz.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.persistence.Vendor;

/**
 * The Ustoz modules on the class path and what a host that owns its persistence setup needs from
 * them: the classes to add to its {@code EntityManagerFactory} and the migrations to run.
 *
 * <pre>{@code
 * // a host with its own EntityManagerFactory (for example Spring Boot):
 * UstozModules modules = UstozModules.discover();
 * modules.migrate(dataSource);                     // Ustoz's Flyway migrations, beside the host's own
 * List<Class<?>> classes = modules.managedClasses(); // add them to the persistence unit
 * }</pre>
 *
 * <p>Each module's migrations run with their own Flyway history table
 * ({@code ustoz_<module>_schema_history}), so they never mix with the host's migrations, and they
 * apply to a schema that already holds the host's tables.
 */
public final class UstozModules {

    private final List<UstozModule> modules;

    private UstozModules(List<UstozModule> modules) {
        this.modules = List.copyOf(modules);
    }

    /** The modules on the class path of this class's class loader, in migration order. */
    public static UstozModules discover() {
        return discover(UstozModules.class.getClassLoader());
    }

    /** The modules visible to a class loader, in migration order. */
    public static UstozModules discover(ClassLoader classLoader) {
        List<UstozModule> found = new ArrayList<>();
        ServiceLoader.load(UstozModule.class, classLoader).forEach(found::add);
        found.sort(Comparator.comparingInt(UstozModule::order).thenComparing(UstozModule::name));
        return new UstozModules(found);
    }

    /** The modules, in migration order. */
    public List<UstozModule> modules() {
        return modules;
    }

    /** Every entity, embeddable and converter class of every module. */
    public List<Class<?>> managedClasses() {
        return modules.stream().flatMap(m -> m.managedClasses().stream()).distinct().toList();
    }

    /** Every module's constraint names with the errors they mean. */
    public Map<String, ErrorCode> constraintErrors() {
        Map<String, ErrorCode> all = new LinkedHashMap<>();
        modules.forEach(m -> all.putAll(m.constraintErrors()));
        return all;
    }

    /** Every module's validation message bundles. */
    public List<String> validationBundles() {
        return modules.stream().flatMap(m -> m.validationBundles().stream()).toList();
    }

    /** The Flyway configuration of one module on a data source, for hosts that run Flyway themselves. */
    public static Flyway flyway(UstozModule module, DataSource dataSource, Vendor vendor) {
        return Flyway.configure(module.getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(module.migrationLocation(vendor))
                .table(module.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Brings the schema behind a data source up to date: every module's pending migrations, in module
     * order. Safe to call from several application instances at once (Flyway locks its history table).
     *
     * @return migrations applied, by module name
     */
    public Map<String, Integer> migrate(DataSource dataSource) {
        Vendor vendor = Vendor.of(dataSource);
        Map<String, Integer> applied = new LinkedHashMap<>();
        for (UstozModule module : modules) {
            if (module.hasMigrations()) {
                MigrateResult result = flyway(module, dataSource, vendor).migrate();
                applied.put(module.name(), result.migrationsExecuted);
            }
        }
        return applied;
    }
}
