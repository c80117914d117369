package org.ustoz.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.event.DomainEvent;
import org.ustoz.core.event.DomainEventListener;
import org.ustoz.core.internal.EventDispatcher;
import org.ustoz.core.internal.Failures;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.core.tx.TransactionHandler;
import org.ustoz.core.validation.CommandValidator;

/**
 * One configured Ustoz: the persistence setup, transactions, clock, caller context, validation and
 * event listeners that every Ustoz service of a host application shares. Build it once at start-up
 * and close it at shutdown; it is thread-safe and holds no data of its own, so any number of
 * application instances can run over the same database.
 *
 * <pre>{@code
 * // Java SE: Ustoz owns the EntityManagerFactory and migrates the schema
 * Ustoz ustoz = Ustoz.builder()
 *         .dataSource(dataSource)
 *         .callerContext(myCallerContext)
 *         .build();
 * Courses courses = Courses.of(ustoz);
 *
 * // a host that owns its EntityManagerFactory and transactions (Spring, Jakarta EE)
 * Ustoz ustoz = Ustoz.builder()
 *         .entityManagerFactory(emf)
 *         .transactions(TransactionHandler.joining(sharedEntityManager))
 *         .build();
 * }</pre>
 *
 * <p>Module services are obtained from their module's entry point ({@code Courses.of(ustoz)}). The
 * methods below that take an {@link EntityManager} are for those services; a host uses
 * {@link #inTransaction(Function)} only to group several service calls into one transaction.
 */
public final class Ustoz implements AutoCloseable {

    private final EntityManagerFactory entityManagerFactory;
    private final boolean ownsFactory;
    private final TransactionHandler transactions;
    private final Clock clock;
    private final CallerContext caller;
    private final CommandValidator validator;
    private final EventDispatcher events;
    private final Failures failures;
    private final UstozModules modules;

    private Ustoz(Builder b, EntityManagerFactory emf, boolean ownsFactory, UstozModules modules) {
        this.entityManagerFactory = emf;
        this.ownsFactory = ownsFactory;
        this.transactions = b.transactions != null ? b.transactions : TransactionHandler.resourceLocal(emf);
        this.clock = b.clock;
        this.caller = b.callerContext;
        this.modules = modules;
        this.validator = new CommandValidator(() -> caller.locale(), modules.validationBundles());
        List<DomainEventListener> listeners = new ArrayList<>(b.listeners);
        if (b.discoverListeners) {
            ServiceLoader.load(DomainEventListener.class, b.classLoader).forEach(listeners::add);
        }
        this.events = new EventDispatcher(listeners);
        this.failures = new Failures(modules.constraintErrors());
    }

    /** A builder for a new Ustoz. */
    public static Builder builder() {
        return new Builder();
    }

    /** The clock every service reads the time from. */
    public Clock clock() {
        return clock;
    }

    /** The host's view of who is calling. */
    public CallerContext caller() {
        return caller;
    }

    /** The modules found on the class path. */
    public UstozModules modules() {
        return modules;
    }

    /** The entity manager factory in use (Ustoz's own, or the host's). */
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** The command validator; messages follow the caller's locale. */
    public CommandValidator validator() {
        return validator;
    }

    /**
     * Runs work in a read-write transaction (joining one already active), then flushes, so that a
     * refused change is reported here and not later at commit. Failures leave it as
     * {@link UstozException}s whose {@link UstozException#getLocalizedMessage()} is in the caller's
     * locale; constraint violations become the domain error their module declared.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            return transactions.inTransaction(em -> {
                T result = work.apply(em);
                em.flush();
                return result;
            });
        } catch (RuntimeException e) {
            throw localized(failures.translate(e));
        }
    }

    /**
     * Runs work that changes an entity, flushes, then makes the caller's view of it: the view shows
     * the state as written, including the new {@code @Version}, which a caller passes back for
     * optimistic locking. See {@link #inTransaction(Function)}.
     */
    public <E, V> V inTransaction(Function<EntityManager, E> work, Function<? super E, V> view) {
        return inTransaction(em -> {
            E changed = work.apply(em);
            em.flush();
            return view.apply(changed);
        });
    }

    /** Runs read-only work; see {@link #inTransaction(Function)}. */
    public <T> T read(Function<EntityManager, T> work) {
        try {
            return transactions.inReadOnlyTransaction(work);
        } catch (RuntimeException e) {
            throw localized(failures.translate(e));
        }
    }

    /** Validates a command; see {@link CommandValidator#validate(Object)}. */
    public <T> T validate(T command) {
        return validator.validate(command);
    }

    /** Validates one text outside a command; see {@link CommandValidator#validateText}. */
    public String validateText(String field, String text, org.ustoz.core.validation.PlainText.Kind kind) {
        return validator.validateText(field, text, kind);
    }

    /** Delivers an event to the listeners once the current transaction of {@code em} commits. */
    public void publish(EntityManager em, DomainEvent event) {
        events.publishAfterCommit(em, Objects.requireNonNull(event, "event"));
    }

    private RuntimeException localized(RuntimeException e) {
        return e instanceof UstozException u ? u.localizedFor(caller.locale()) : e;
    }

    /** Closes the entity manager factory when Ustoz created it, and the validator. */
    @Override
    public void close() {
        validator.close();
        if (ownsFactory && entityManagerFactory.isOpen()) {
            entityManagerFactory.close();
        }
    }

    /** Configures a {@link Ustoz}. */
    public static final class Builder {
        private DataSource dataSource;
        private EntityManagerFactory entityManagerFactory;
        private TransactionHandler transactions;
        private Clock clock = Clock.systemUTC();
        private CallerContext callerContext = new CallerContext() { };
        private final List<DomainEventListener> listeners = new ArrayList<>();
        private boolean discoverListeners = true;
        private boolean migrate = true;
        private boolean validateSchema;
        private final Map<String, Object> hibernateProperties = new LinkedHashMap<>();
        private ClassLoader classLoader = Ustoz.class.getClassLoader();

        private Builder() {
        }

        /**
         * Ustoz builds its own Hibernate {@code EntityManagerFactory} over this data source (a pool
         * such as HikariCP) and, unless {@link #migrate(boolean) migrate(false)}, migrates the schema
         * first.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource);
            return this;
        }

        /**
         * Use the host's factory, which must map {@link UstozModules#managedClasses()}; the host runs
         * the migrations ({@link UstozModules#migrate(DataSource)}).
         */
        public Builder entityManagerFactory(EntityManagerFactory entityManagerFactory) {
            this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory);
            return this;
        }

        /** How services get transactions; by default resource-local transactions Ustoz manages. */
        public Builder transactions(TransactionHandler transactions) {
            this.transactions = Objects.requireNonNull(transactions);
            return this;
        }

        /** The clock services read the time from; by default the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Who is calling: tenant, actor and locale; by default one tenant and the JVM's locale. */
        public Builder callerContext(CallerContext callerContext) {
            this.callerContext = Objects.requireNonNull(callerContext);
            return this;
        }

        /** Adds an event listener (besides those found through {@link ServiceLoader}). */
        public Builder listener(DomainEventListener listener) {
            this.listeners.add(Objects.requireNonNull(listener));
            return this;
        }

        /** Whether to add the listeners listed in {@code META-INF/services}; on by default. */
        public Builder discoverListeners(boolean discover) {
            this.discoverListeners = discover;
            return this;
        }

        /** With {@link #dataSource}: whether to run pending migrations at build; on by default. */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * With {@link #dataSource}: whether Hibernate validates the mapping against the schema at
         * build ({@code hibernate.hbm2ddl.auto=validate}); off by default.
         */
        public Builder validateSchema(boolean validate) {
            this.validateSchema = validate;
            return this;
        }

        /** With {@link #dataSource}: an extra Hibernate property, overriding Ustoz's defaults. */
        public Builder hibernateProperty(String name, Object value) {
            this.hibernateProperties.put(name, value);
            return this;
        }

        /** The class loader modules and listeners are discovered with. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader);
            return this;
        }

        /** Builds Ustoz: migrates and starts Hibernate when given a data source. */
        public Ustoz build() {
            if ((dataSource == null) == (entityManagerFactory == null)) {
                throw new IllegalStateException("give either a dataSource or an entityManagerFactory");
            }
            UstozModules modules = UstozModules.discover(classLoader);
            if (entityManagerFactory != null) {
                return new Ustoz(this, entityManagerFactory, false, modules);
            }
            if (migrate) {
                modules.migrate(dataSource);
            }
            return new Ustoz(this, createFactory(modules), true, modules);
        }

        private EntityManagerFactory createFactory(UstozModules modules) {
            HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("ustoz")
                    .managedClasses(modules.managedClasses())
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                    .validationMode(ValidationMode.NONE)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                    .properties(recommendedHibernateProperties())
                    .property(AvailableSettings.HBM2DDL_AUTO, validateSchema ? "validate" : "none");
            config.properties(hibernateProperties);
            return config.createEntityManagerFactory();
        }
    }

    /**
     * The Hibernate settings Ustoz is tuned and tested with: JDBC batching of inserts and updates
     * (ordered, including versioned rows), batch fetching of a whole page's collections at once, UTC for
     * timestamps, and no validation by Hibernate itself (services validate commands). A host with its
     * own factory should use them too; one bootstrapping through {@code PersistenceConfiguration} also
     * sets {@code validationMode(ValidationMode.NONE)} there, since that setting takes precedence over the
     * property (otherwise Hibernate Validator needs an Expression Language implementation).
     */
    public static Map<String, Object> recommendedHibernateProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
        p.put(AvailableSettings.ORDER_INSERTS, true);
        p.put(AvailableSettings.ORDER_UPDATES, true);
        p.put("hibernate.jdbc.batch_versioned_data", true);
        p.put(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, PageRequest.MAX_SIZE);
        p.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        p.put(AvailableSettings.JAKARTA_VALIDATION_MODE, "NONE");
        p.put(AvailableSettings.QUERY_PLAN_CACHE_ENABLED, true);
        p.put("hibernate.query.fail_on_pagination_over_collection_fetch", true);
        p.put("hibernate.query.in_clause_parameter_padding", true);
        return p;
    }
}
