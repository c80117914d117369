package org.ustoz.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ustoz.assessments.Assessments;
import org.ustoz.core.CallerContext;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.tx.TransactionHandler;
import org.ustoz.courses.Courses;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeEvent;
import org.ustoz.courses.trainee.TraineeView;

/** The auto-configuration in a Boot context over in-memory H2, as a host application would have it. */
class UstozAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                    UstozAutoConfiguration.class))
            .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false")
            // each context on a database of its own
            .withInitializer(context -> TestPropertyValues.of("spring.datasource.url=jdbc:h2:mem:starter_"
                    + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1").applyTo(context));

    private static RegisterTrainee teacher() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return new RegisterTrainee("Парвиз Каримов", "Parviz Karimov", "parviz." + run + "@test.example", "TJ",
                "Dushanbe", "School No. 1", List.of("Informatics"), List.of("tg", "ru"), null, "Asia/Dushanbe");
    }

    @Test
    void entryPointsOverBootsEntityManagerFactoryWithTheSchemaMigratedAndValidated() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(Ustoz.class).hasSingleBean(Courses.class)
                    .hasSingleBean(Assessments.class).hasSingleBean(UstozMigrations.class);
            assertThat(context.getBean(CallerContext.class)).isInstanceOf(SpringCallerContext.class);
            assertThat(context.getBean(TransactionHandler.class)).isInstanceOf(SpringTransactionHandler.class);
            assertThat(context.getBean(UstozMigrations.class).applied()).containsKeys("courses", "assessments")
                    .allSatisfy((module, applied) -> assertThat(applied).isPositive());
            // one EntityManagerFactory: Boot's, which maps Ustoz's entities
            assertThat(context.getBean(jakarta.persistence.EntityManagerFactory.class).getMetamodel().getEntities())
                    .extracting(e -> e.getName()).contains("Trainee", "Cohort", "Attempt");
            // a service call outside any transaction runs in one of its own (ustoz.transaction-propagation=required)
            Courses courses = context.getBean(Courses.class);
            TraineeView registered = courses.trainees().register(teacher());
            assertThat(courses.trainees().get(registered.id()).latinName()).isEqualTo("Parviz Karimov");
        });
    }

    @Test
    void tenantAndActorComeFromTheProperties() {
        runner.withUserConfiguration(Received.class).withPropertyValues("ustoz.tenant=sejong-office",
                "ustoz.actor=registrar").run(context -> {
            CallerContext caller = context.getBean(Ustoz.class).caller();
            assertThat(caller.tenantId()).isEqualTo("sejong-office");
            assertThat(caller.actorId()).contains("registrar");
            context.getBean(Courses.class).trainees().register(teacher());
            assertThat(context.getBean(Received.class).events).singleElement()
                    .satisfies(e -> assertThat(e.tenantId()).isEqualTo("sejong-office"));
        });
    }

    @Test
    void aHostBeanReplacesTheStartersOwn() {
        CallerContext hostContext = CallerContext.of("host-tenant", "host-user", Locale.ENGLISH);
        runner.withUserConfiguration(Received.class).withBean(CallerContext.class, () -> hostContext).run(context -> {
            assertThat(context).hasSingleBean(CallerContext.class);
            assertThat(context.getBean(CallerContext.class)).isSameAs(hostContext);
            assertThat(context.getBean(Ustoz.class).caller()).isSameAs(hostContext);
            context.getBean(Courses.class).trainees().register(teacher());
            assertThat(context.getBean(Received.class).events).singleElement()
                    .satisfies(e -> assertThat(e.tenantId()).isEqualTo("host-tenant"));
        });
    }

    @Test
    void withoutTheModulesOnTheClassPathThereIsNoEntryPointForThem() {
        runner.withClassLoader(new FilteredClassLoader(Courses.class, Assessments.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(Ustoz.class).doesNotHaveBean(Courses.class)
                    .doesNotHaveBean(Assessments.class);
        });
    }

    @Test
    void aServiceCallJoinsTheSpringTransactionAndRollsBackWithIt() {
        runner.withUserConfiguration(Received.class).run(context -> {
            Courses courses = context.getBean(Courses.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.execute("CREATE TABLE host_audit (trainee_id UUID)");
            UUID id = tx.execute(status -> {
                TraineeView trainee = courses.trainees().register(teacher());
                // the host's own write in the same transaction
                jdbc.update("INSERT INTO host_audit (trainee_id) VALUES (?)", trainee.id());
                status.setRollbackOnly();
                return trainee.id();
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM host_audit", Integer.class)).isZero();
            assertThatThrownBy(() -> courses.trainees().get(id)).isInstanceOf(UstozException.class)
                    .extracting(e -> ((UstozException) e).code()).isEqualTo("courses.trainee.not-found");
            // rolled back: no event for the trainee that never was
            assertThat(context.getBean(Received.class).events).isEmpty();

            UUID committed = tx.execute(status -> courses.trainees().register(teacher()).id());
            assertThat(courses.trainees().get(committed).id()).isEqualTo(committed);
        });
    }

    @Test
    void withMandatoryPropagationACallOutsideATransactionIsRefused() {
        runner.withPropertyValues("ustoz.transaction-propagation=mandatory").run(context -> {
            Courses courses = context.getBean(Courses.class);
            assertThatThrownBy(() -> courses.trainees().register(teacher())).isInstanceOf(UstozException.class)
                    .extracting(e -> ((UstozException) e).code()).isEqualTo("core.no-transaction");
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            UUID id = tx.execute(status -> courses.trainees().register(teacher()).id());
            assertThat(tx.execute(status -> courses.trainees().get(id)).id()).isEqualTo(id);
        });
    }

    @Test
    void errorMessagesFollowTheLocaleSpringHolds() {
        runner.run(context -> {
            Courses courses = context.getBean(Courses.class);
            UUID unknown = UUID.randomUUID();
            try {
                LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
                assertThatThrownBy(() -> courses.trainees().get(unknown)).extracting(Throwable::getLocalizedMessage)
                        .asString().contains("не найден", unknown.toString());
                LocaleContextHolder.setLocale(Locale.forLanguageTag("tg"));
                assertThatThrownBy(() -> courses.trainees().get(unknown)).extracting(Throwable::getLocalizedMessage)
                        .asString().contains("ёфт нашуд");
                LocaleContextHolder.setLocale(Locale.ENGLISH);
                assertThatThrownBy(() -> courses.trainees().get(unknown)).extracting(Throwable::getLocalizedMessage)
                        .asString().contains("was not found");
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    @Test
    void domainEventsReachAnEventListenerAfterCommit() {
        runner.withUserConfiguration(Received.class).run(context -> {
            TraineeView trainee = context.getBean(Courses.class).trainees().register(teacher());
            assertThat(context.getBean(Received.class).events).singleElement()
                    .satisfies(e -> assertThat(e.traineeId()).isEqualTo(trainee.id()));
        });
    }

    @Test
    void eventsAreNotRepublishedWhenTurnedOff() {
        runner.withUserConfiguration(Received.class).withPropertyValues("ustoz.publish-events=false").run(context -> {
            context.getBean(Courses.class).trainees().register(teacher());
            assertThat(context.getBean(Received.class).events).isEmpty();
        });
    }

    @Test
    void ustozMigratesBeforeTheHostsFlyway() {
        runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues("spring.flyway.locations=classpath:db/migration/host/{vendor}",
                        "spring.flyway.table=host_schema_history", "spring.flyway.baseline-on-migrate=true",
                        "spring.flyway.baseline-version=0")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    // the host's migration references Ustoz's table, so it ran after Ustoz's
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM host_note", Integer.class)).isZero();
                    assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM \"host_schema_history\" WHERE \"version\" = '1' AND \"success\"",
                            Integer.class)).isEqualTo(1);
                });
    }

    @Test
    void withoutMigrateTheSchemaIsTheHostsBusiness() {
        runner.withPropertyValues("ustoz.migrate=false", "spring.jpa.hibernate.ddl-auto=none").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(UstozMigrations.class);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE LOWER(TABLE_NAME) = 'ustoz_course'", Integer.class)).isZero();
        });
    }

    @Test
    void theConfigurationMetadataDescribesEveryProperty() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"ustoz.tenant\"", "\"ustoz.actor\"", "\"ustoz.migrate\"",
                    "\"ustoz.hibernate-properties\"", "\"ustoz.transaction-propagation\"", "\"ustoz.publish-events\"",
                    "Tenant of every call");
        }
    }

    /** A host's listener of Ustoz's events. */
    static class Received {
        final List<TraineeEvent.Registered> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TraineeEvent.Registered event) {
            events.add(event);
        }
    }

    @Test
    void aTransactionOfTheHandlersOwnIsRetriedWhenTheDatabaseAsksAndOnlyThen() {
        runner.run(context -> {
            TransactionHandler handler = context.getBean(TransactionHandler.class);
            java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
            String done = handler.inTransaction(em -> {
                if (runs.incrementAndGet() < 3) {
                    throw new jakarta.persistence.PessimisticLockException("deadlock");
                }
                return "done";
            });
            assertThat(done).isEqualTo("done");
            assertThat(runs).hasValue(3);

            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            assertThatThrownBy(() -> handler.inTransaction(em -> {
                refused.incrementAndGet();
                throw new IllegalStateException("not transient");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(refused).hasValue(1);

            // inside the host's transaction the host decides: no retry
            java.util.concurrent.atomic.AtomicInteger joined = new java.util.concurrent.atomic.AtomicInteger();
            TransactionTemplate template = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            assertThatThrownBy(() -> template.executeWithoutResult(status -> handler.inTransaction(em -> {
                joined.incrementAndGet();
                throw new jakarta.persistence.PessimisticLockException("deadlock");
            }))).isInstanceOf(jakarta.persistence.PessimisticLockException.class);
            assertThat(joined).hasValue(1);
        });
    }
}
