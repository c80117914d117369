package org.ustoz.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling, as the host application knows it: the tenant whose data the call may touch, the
 * acting user, and the locale in which errors and validation messages are written.
 *
 * <p>The host implements it over its own request context (a Spring {@code LocaleContextHolder}, a
 * Jakarta EE security context, a tenant resolver) and passes it to {@link Ustoz.Builder#callerContext}.
 * Every method is read on each service call, never cached. The defaults suit a single-tenant host:
 * tenant {@value #DEFAULT_TENANT}, no actor, and the JVM's default locale.
 */
public interface CallerContext {

    /** The tenant of a host that has only one. */
    String DEFAULT_TENANT = "default";

    /** The tenant whose data this call may see and change. */
    default String tenantId() {
        return DEFAULT_TENANT;
    }

    /** The host's identifier of the acting user, if known; recorded with changes. */
    default Optional<String> actorId() {
        return Optional.empty();
    }

    /** The locale of the person calling: errors and validation messages are written in it. */
    default Locale locale() {
        return Locale.getDefault();
    }

    /** A context with fixed values, handy for tests, batch jobs and the console demo. */
    static CallerContext of(String tenantId, String actorId, Locale locale) {
        return new CallerContext() {
            @Override
            public String tenantId() {
                return tenantId;
            }

            @Override
            public Optional<String> actorId() {
                return Optional.ofNullable(actorId);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
