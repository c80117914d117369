package org.ustoz.spring.boot.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.ustoz.assessments.Assessments;
import org.ustoz.core.CallerContext;
import org.ustoz.core.Ustoz;
import org.ustoz.core.UstozModules;
import org.ustoz.core.event.DomainEventListener;
import org.ustoz.core.tx.TransactionHandler;
import org.ustoz.courses.Courses;

/**
 * Ustoz in a Spring Boot application, over the application's data source, Boot's Hibernate
 * {@code EntityManagerFactory} and Spring's transactions. Every bean backs off when the host declares its own of
 * the same type.
 *
 * <ul>
 * <li><b>Entities.</b> Ustoz's entities and converters ({@link UstozModules#managedClasses()}) are added to Boot's
 *     persistence unit, beside the host's own scanned entities (an {@link EntityManagerFactoryBuilderCustomizer}
 *     with a persistence unit post-processor).</li>
 * <li><b>Hibernate settings.</b> {@link Ustoz#recommendedHibernateProperties()} and Hibernate's standard naming
 *     strategies instead of Boot's, which would rename Ustoz's columns ({@code ustoz.hibernate-properties}).</li>
 * <li><b>Migrations.</b> {@link UstozMigrations} runs Ustoz's migrations as the first database initializer:
 *     before the host's Flyway and before the {@code EntityManagerFactory}, so that
 *     {@code spring.jpa.hibernate.ddl-auto=validate} checks the migrated schema ({@code ustoz.migrate}).</li>
 * <li><b>Transactions.</b> {@link SpringTransactionHandler}: a call joins the active Spring transaction, or runs
 *     in one of its own ({@code ustoz.transaction-propagation}).</li>
 * <li><b>Caller.</b> The host's {@link CallerContext} bean, else {@link SpringCallerContext}: tenant and actor
 *     from {@code ustoz.tenant} and {@code ustoz.actor}, the locale from Spring's {@code LocaleContextHolder}.</li>
 * <li><b>Events.</b> Ustoz's domain events are republished as Spring application events after commit
 *     ({@code ustoz.publish-events}), so an {@code @EventListener} method with a parameter of the event's type
 *     receives them; {@link DomainEventListener} beans receive them too.</li>
 * <li><b>Entry points.</b> {@link Ustoz}, and {@link Courses} and {@link Assessments} when their module is on the
 *     class path. A {@link Clock} bean, if the host has one, is the clock services read the time from.</li>
 * </ul>
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ Ustoz.class, LocalContainerEntityManagerFactoryBean.class, EntityManagerFactoryBuilder.class })
@EnableConfigurationProperties(UstozProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class UstozAutoConfiguration {

    /** The Ustoz modules on the class path. */
    @Bean
    @ConditionalOnMissingBean
    UstozModules ustozModules() {
        return UstozModules.discover();
    }

    /** Ustoz's migrations, run before the host's Flyway and before the {@code EntityManagerFactory}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "ustoz.migrate", matchIfMissing = true)
    UstozMigrations ustozMigrations(UstozModules modules, DataSource dataSource) {
        return new UstozMigrations(modules, dataSource);
    }

    /** Boot's persistence unit maps Ustoz's entities and converters besides the host's own. */
    @Bean
    EntityManagerFactoryBuilderCustomizer ustozManagedClasses(UstozModules modules) {
        return builder -> builder.addPersistenceUnitPostProcessors(unit -> modules.managedClasses().stream()
                .map(Class::getName)
                .filter(name -> !unit.getManagedClassNames().contains(name))
                .forEach(unit::addManagedClassName));
    }

    /** The settings Ustoz is tuned and tested with, and Hibernate's own naming (Ustoz names every column). */
    @Bean
    @ConditionalOnBooleanProperty(name = "ustoz.hibernate-properties", matchIfMissing = true)
    HibernatePropertiesCustomizer ustozHibernateProperties() {
        return properties -> {
            properties.putAll(Ustoz.recommendedHibernateProperties());
            properties.put("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
            properties.put("hibernate.implicit_naming_strategy",
                    "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl");
        };
    }

    /** One tenant and actor from the properties; the locale of the current request. */
    @Bean
    @ConditionalOnMissingBean
    CallerContext ustozCallerContext(UstozProperties properties) {
        return new SpringCallerContext(properties.tenant(), properties.actor());
    }

    /** Service calls in Spring's transactions. */
    @Bean
    @ConditionalOnMissingBean
    TransactionHandler ustozTransactionHandler(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, UstozProperties properties) {
        return new SpringTransactionHandler(entityManagerFactory, transactionManager,
                properties.transactionPropagation());
    }

    /** The configured Ustoz over Boot's {@code EntityManagerFactory}. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Ustoz ustoz(EntityManagerFactory entityManagerFactory, TransactionHandler transactions,
            CallerContext callerContext, ObjectProvider<Clock> clock, ObjectProvider<DomainEventListener> listeners,
            ApplicationEventPublisher events, UstozProperties properties) {
        Ustoz.Builder builder = Ustoz.builder()
                .entityManagerFactory(entityManagerFactory)
                .transactions(transactions)
                .callerContext(callerContext)
                .clock(clock.getIfAvailable(Clock::systemUTC));
        listeners.orderedStream().forEach(builder::listener);
        if (properties.publishEvents()) {
            builder.listener(events::publishEvent);
        }
        return builder.build();
    }

    /** The courses module's entry point, when the module is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Courses.class)
    static class CoursesConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Courses courses(Ustoz ustoz) {
            return Courses.of(ustoz);
        }
    }

    /** The assessments module's entry point, when the module is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Assessments.class)
    static class AssessmentsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Assessments assessments(Ustoz ustoz) {
            return Assessments.of(ustoz);
        }
    }
}
