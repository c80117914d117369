package org.ustoz.spring.boot.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Spring Boot that {@link UstozMigrations} initializes the database, and that it does so before every other
 * initializer: Boot makes the initializers of a later order (Flyway at 0 and 1, Hibernate's DDL) and every bean
 * that depends on database initialization (the {@code EntityManagerFactory}) depend on it. Registered in
 * {@code META-INF/spring.factories}.
 */
class UstozMigrationsDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(UstozMigrations.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
