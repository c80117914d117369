package org.ustoz.core.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.HibernateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.LockTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ustoz.core.error.RedactedFailure;
import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.ErrorCode;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.tx.TransactionHandler;

/**
 * Classifies persistence failures: transient ones (deadlock, lock timeout, serialization failure,
 * optimistic-lock conflict) may be retried; a violated constraint becomes the domain error its module
 * declared for it; nothing from below the service layer reaches a caller untranslated.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final Object[] UNKNOWN_ARGUMENTS = {"…", "…", "…", "…"};

    /** Constraint names (lower case) of every module, mapped to the error they mean. */
    private final Map<String, ErrorCode> constraints;

    public Failures(Map<String, ? extends ErrorCode> constraintErrors) {
        Map<String, ErrorCode> lower = new LinkedHashMap<>();
        constraintErrors.forEach((name, code) -> lower.put(name.toLowerCase(Locale.ROOT), code));
        this.constraints = Map.copyOf(lower);
    }

    /** Whether the failure is one a retry of the whole transaction may overcome. */
    public static boolean isTransient(Throwable e) {
        return TransactionHandler.isTransient(e);
    }

    /**
     * The failure as a {@link UstozException} where it has a meaning for the caller. A failure of the
     * database or of Hibernate that has no other meaning becomes {@link CoreError#DATA_REJECTED}.
     * The cause a translated exception carries is a {@link RedactedFailure}: the classes, SQLStates
     * and stack traces of the original chain without their messages, which can hold SQL, parameter
     * values and personal data.
     */
    public RuntimeException translate(RuntimeException e) {
        if (e instanceof UstozException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UstozException u) {
                return u; // raised by Ustoz's own code inside Hibernate (a converter, a listener)
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                String name = cve.getConstraintName();
                ErrorCode code = name == null ? null : find(name);
                if (code == null) {
                    return new UstozException(CoreError.DATA_CONFLICT, RedactedFailure.of(e),
                            name == null ? "?" : safeName(name));
                }
                // the database does not tell the values; the message shows an ellipsis in their place
                return new UstozException(code, RedactedFailure.of(e), UNKNOWN_ARGUMENTS);
            }
        }
        if (isTransient(e)) {
            return new UstozException(CoreError.CONCURRENT_MODIFICATION, RedactedFailure.of(e));
        }
        if (isDataFailure(e)) {
            String reference = UUID.randomUUID().toString();
            LOG.debug("data rejected, reference {}: {}, SQLState {}", reference, RedactedFailure.describe(e),
                    RedactedFailure.sqlState(e));
            return new UstozException(CoreError.DATA_REJECTED, RedactedFailure.of(e), reference);
        }
        return e;
    }

    /** Whether a failure came from the database, the driver or the persistence provider. */
    static boolean isDataFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PersistenceException || t instanceof HibernateException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** A constraint name as reported, reduced to the characters an identifier has. */
    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_.$]", "");
        return safe.length() > 128 ? safe.substring(0, 128) : safe;
    }

    private ErrorCode find(String constraintName) {
        String lower = constraintName.toLowerCase(Locale.ROOT);
        ErrorCode exact = constraints.get(lower);
        if (exact != null) {
            return exact;
        }
        // some drivers report "schema.constraint" or quote the name
        for (Map.Entry<String, ErrorCode> e : constraints.entrySet()) {
            if (lower.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
