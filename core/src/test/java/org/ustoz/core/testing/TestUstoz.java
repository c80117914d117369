package org.ustoz.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.ustoz.core.Ustoz;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.event.DomainEvent;

/**
 * A Ustoz over a fresh {@link TestDatabase}: schema migrated by Flyway, then Hibernate started with
 * schema validation on, statistics on, a {@link MutableClock} and a {@link TestCaller}. Collects the
 * events it publishes.
 */
public final class TestUstoz implements AutoCloseable {

    /** 2025-08-01T00:00:00Z, a few days before the Sejong seminar. */
    public static final Instant START = Instant.parse("2025-08-01T00:00:00Z");

    private final TestDatabase db;
    private final MutableClock clock = new MutableClock(START);
    private final TestCaller caller = new TestCaller();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final List<Ustoz> instances = new ArrayList<>();
    private final Ustoz ustoz;

    private TestUstoz() {
        this.db = TestDatabase.create();
        this.ustoz = newInstance(db.dataSource());
    }

    /** A new database and a Ustoz over it. */
    public static TestUstoz start() {
        return new TestUstoz();
    }

    /**
     * Another Ustoz (another {@code EntityManagerFactory}) over the same database with its own
     * connection pool, as a second application instance would be.
     */
    public Ustoz secondInstance(int poolSize) {
        return newInstance(db.newPool(poolSize));
    }

    private Ustoz newInstance(DataSource dataSource) {
        Ustoz instance = Ustoz.builder()
                .dataSource(dataSource)
                .validateSchema(true)
                .clock(clock)
                .callerContext(caller)
                .listener(events::add)
                .hibernateProperty("hibernate.generate_statistics", true)
                .build();
        instances.add(instance);
        return instance;
    }

    public Ustoz ustoz() {
        return ustoz;
    }

    /** The internals behind the main instance, for tests that look at rows directly. */
    public UstozRuntime runtime() {
        return UstozRuntime.of(ustoz);
    }

    public TestDatabase db() {
        return db;
    }

    public MutableClock clock() {
        return clock;
    }

    public TestCaller caller() {
        return caller;
    }

    /** Events delivered so far (after their transactions committed). */
    public List<DomainEvent> events() {
        return events;
    }

    /** Events of a type delivered so far. */
    public <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Hibernate statistics of the main instance. */
    public Statistics statistics() {
        return runtime().entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }

    /** SQL statements the main instance prepared while running {@code action}. */
    public long statementsOf(Runnable action) {
        Statistics stats = statistics();
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }

    @Override
    public void close() {
        instances.forEach(Ustoz::close);
        db.close();
    }
}
