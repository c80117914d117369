package org.ustoz.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.ustoz.core.CallerContext;

/**
 * Settings of the Ustoz starter, under {@code ustoz.*}.
 *
 * <p>The descriptions below are also those of {@code META-INF/spring-configuration-metadata.json}, which IDEs
 * show, and so are written without javadoc tags.
 *
 * @param tenant Tenant of every call, for a host with one tenant. A host with several declares its own
 *        CallerContext bean instead.
 * @param actor Acting user recorded with changes, when the host declares no CallerContext bean. None by default.
 * @param migrate Whether to run Ustoz's Flyway migrations at start-up (each module with its own history table),
 *        before the host's own Flyway and before the EntityManagerFactory starts.
 * @param hibernateProperties Whether to apply Ustoz's recommended Hibernate properties and Hibernate's standard
 *        naming strategies, which Ustoz's mapping needs, to Boot's EntityManagerFactory.
 * @param transactionPropagation How a service call relates to Spring's transactions: 'required' joins the active
 *        transaction or runs the call in a transaction of its own; 'mandatory' joins the active transaction and
 *        fails with the error code core.no-transaction when there is none.
 * @param publishEvents Whether Ustoz's domain events are republished as Spring application events, after the
 *        transaction that raised them commits.
 */
@ConfigurationProperties("ustoz")
public record UstozProperties(
        @DefaultValue(CallerContext.DEFAULT_TENANT) String tenant,
        String actor,
        @DefaultValue("true") boolean migrate,
        @DefaultValue("true") boolean hibernateProperties,
        @DefaultValue("required") Propagation transactionPropagation,
        @DefaultValue("true") boolean publishEvents) {

    /** How a service call relates to Spring's transactions. */
    public enum Propagation {
        /** Join the active transaction, or run the call in a transaction of its own when there is none. */
        REQUIRED,
        /** Join the active transaction; without one the call fails with {@code core.no-transaction}. */
        MANDATORY
    }
}
