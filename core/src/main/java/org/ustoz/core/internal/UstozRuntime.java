package org.ustoz.core.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.ustoz.core.CallerContext;
import org.ustoz.core.Ustoz;
import org.ustoz.core.UstozModules;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.event.DomainEvent;
import org.ustoz.core.event.DomainEventListener;
import org.ustoz.core.tx.TransactionHandler;

/**
 * What module services use behind a host's {@link Ustoz}: transactions with the
 * {@link EntityManager}, validation, events, the clock and the caller. Internal to Ustoz: a host never
 * sees it, so a host cannot change a row without the service that guards it (its lock, its checks,
 * its events).
 *
 * <p>Module entry points obtain it with {@link #of(Ustoz)}.
 */
public final class UstozRuntime {

    private static volatile Function<Ustoz, UstozRuntime> access;

    private final Ustoz ustoz;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean ownsFactory;
    private final TransactionHandler transactions;
    private final Clock clock;
    private final CallerContext caller;
    private final CommandValidator validator;
    private final EventDispatcher events;
    private final Failures failures;
    private final UstozModules modules;

    /** Made by {@code Ustoz.Builder}. */
    public UstozRuntime(Ustoz ustoz, EntityManagerFactory emf, boolean ownsFactory, TransactionHandler transactions,
            Clock clock, CallerContext caller, UstozModules modules, List<DomainEventListener> listeners) {
        this.ustoz = ustoz;
        this.entityManagerFactory = emf;
        this.ownsFactory = ownsFactory;
        this.transactions = transactions != null ? transactions : TransactionHandler.resourceLocal(emf);
        this.clock = clock;
        this.caller = caller;
        this.modules = modules;
        this.validator = new CommandValidator(caller::locale, modules.validationBundles());
        this.events = new EventDispatcher(listeners);
        this.failures = new Failures(modules.constraintErrors());
    }

    /**
     * Called once, by {@link Ustoz}'s class initialisation, to say how to reach the runtime of an
     * instance; a second call is refused, so no other code can replace it.
     */
    public static void install(Function<Ustoz, UstozRuntime> accessor) {
        synchronized (UstozRuntime.class) {
            if (access != null) {
                throw new IllegalStateException("already installed");
            }
            access = Objects.requireNonNull(accessor);
        }
    }

    /** The runtime behind a host's Ustoz. */
    public static UstozRuntime of(Ustoz ustoz) {
        Objects.requireNonNull(ustoz, "ustoz");
        // ustoz exists, so its class is initialised and the accessor installed
        return access.apply(ustoz);
    }

    /** The host's Ustoz this runtime serves. */
    public Ustoz ustoz() {
        return ustoz;
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
     * optimistic locking.
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
    public void close() {
        validator.close();
        if (ownsFactory && entityManagerFactory.isOpen()) {
            entityManagerFactory.close();
        }
    }
}
