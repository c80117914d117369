package org.ustoz.core;

import java.util.List;
import java.util.Map;

import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.persistence.Vendor;

/**
 * A module of Ustoz (core, courses, assessments), found through {@link java.util.ServiceLoader}: the
 * classes it maps, where its migrations are, and what its database constraints mean.
 *
 * <p>Hosts do not implement this; they read it through {@link UstozModules} when they own the
 * {@code EntityManagerFactory} and the migrations.
 */
public interface UstozModule {

    /** Short name, such as {@code courses}; names the migration folder and history table. */
    String name();

    /** Migrations of modules with a lower order run first (core 0, courses 100, assessments 200). */
    int order();

    /** The entity, embeddable and converter classes of this module. */
    List<Class<?>> managedClasses();

    /** Whether this module ships schema migrations. */
    default boolean hasMigrations() {
        return true;
    }

    /**
     * Flyway location of this module's migrations for a vendor:
     * {@code classpath:db/migration/ustoz/<name>/<vendor>}.
     */
    default String migrationLocation(Vendor vendor) {
        return "classpath:db/migration/ustoz/" + name() + "/" + vendor.folder();
    }

    /** Flyway history table of this module: {@code ustoz_<name>_schema_history}. */
    default String historyTable() {
        return "ustoz_" + name() + "_schema_history";
    }

    /** Unique and check constraints of this module's tables, by name, with the error each means. */
    default Map<String, ErrorCode> constraintErrors() {
        return Map.of();
    }

    /** Base names of this module's Jakarta Validation message bundles. */
    default List<String> validationBundles() {
        return List.of();
    }
}
