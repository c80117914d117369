package org.ustoz.examples.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.ustoz.core.CallerContext;
import org.ustoz.core.Ustoz;
import org.ustoz.core.UstozModules;
import org.ustoz.core.tx.TransactionHandler;
import org.ustoz.assessments.Assessments;
import org.ustoz.courses.Courses;

/**
 * Ustoz inside a Spring Boot application, through Ustoz's public API only.
 *
 * <ul>
 * <li><b>One data source, one {@code EntityManagerFactory}.</b> Boot's Hikari pool and Boot's Hibernate
 *     {@code EntityManagerFactory}, which maps Ustoz's entities ({@link UstozModules#managedClasses()}) besides
 *     the application's own, with Ustoz's recommended Hibernate settings.</li>
 * <li><b>Spring's transactions.</b> Ustoz joins the transaction Spring opened
 *     ({@link TransactionHandler#joining}) through Spring's transaction-bound shared {@code EntityManager}: the
 *     application's own writes and Ustoz's commit or roll back together. Callers open the transaction
 *     ({@code @Transactional} on the REST controller, a {@code TransactionTemplate} for the pages and the
 *     seeding); a service call
 *     without one fails with {@code core.no-transaction}.</li>
 * <li><b>Migrations beside the application's own.</b> Boot's Flyway runs the application's migrations
 *     ({@code db/migration/app/{vendor}}); the {@link FlywayMigrationStrategy} first brings Ustoz's schema up to
 *     date ({@link UstozModules#migrate(DataSource)}: each module with its own history table). Boot starts
 *     Hibernate only after Flyway, so {@code ddl-auto=validate} checks the migrated schema.</li>
 * <li><b>Caller context.</b> The locale of each call is the request's ({@link LocaleContextHolder}), so
 *     Ustoz's error and validation messages come in the language the user picked.</li>
 * <li><b>Events.</b> Ustoz's domain events are re-published as Spring application events after commit.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class UstozConfiguration {

    /** The tenant of this single-tenant example. */
    static final String TENANT = "sejong-office";

    private final UstozModules modules = UstozModules.discover();

    /** Boot's persistence unit maps Ustoz's entities and converters (and would map the application's own). */
    @Bean
    PersistenceManagedTypes persistenceManagedTypes() {
        return PersistenceManagedTypes.of(
                modules.managedClasses().stream().map(Class::getName).toList(), List.of());
    }

    /** The settings Ustoz is tuned and tested with, and Hibernate's own naming (Ustoz names every column). */
    @Bean
    HibernatePropertiesCustomizer ustozHibernateProperties() {
        return properties -> {
            properties.putAll(Ustoz.recommendedHibernateProperties());
            properties.put("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
            properties.put("hibernate.implicit_naming_strategy",
                    "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl");
        };
    }

    /** Ustoz's migrations, then the application's own, whenever Boot runs Flyway (before Hibernate starts). */
    @Bean
    FlywayMigrationStrategy ustozThenApplicationMigrations() {
        return flyway -> {
            modules.migrate(flyway.getConfiguration().getDataSource());
            flyway.migrate();
        };
    }

    /** Who is calling: one tenant, the signed-in user if there were one, and the request's locale. */
    @Bean
    CallerContext callerContext() {
        return new CallerContext() {
            @Override
            public String tenantId() {
                return TENANT;
            }

            @Override
            public Optional<String> actorId() {
                return Optional.of("web");
            }

            @Override
            public Locale locale() {
                return LocaleContextHolder.getLocale();
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Ustoz ustoz(EntityManagerFactory entityManagerFactory, CallerContext callerContext, Clock clock,
            ApplicationEventPublisher events) {
        EntityManager transactionBound = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        return Ustoz.builder()
                .entityManagerFactory(entityManagerFactory)
                .transactions(TransactionHandler.joining(() -> transactionBound))
                .callerContext(callerContext)
                .clock(clock)
                .listener(events::publishEvent)
                .build();
    }

    @Bean
    Courses courses(Ustoz ustoz) {
        return Courses.of(ustoz);
    }

    @Bean
    Assessments assessments(Ustoz ustoz) {
        return Assessments.of(ustoz);
    }
}
