package org.ustoz.core.internal;

import java.sql.SQLException;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.LockTimeoutException;
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

    /** The failure as a {@link UstozException} where it has a meaning for the caller. */
    public RuntimeException translate(RuntimeException e) {
        if (e instanceof UstozException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                String name = cve.getConstraintName();
                ErrorCode code = name == null ? null : find(name);
                if (code == null) {
                    return new UstozException(CoreError.DATA_CONFLICT, e, name == null ? "?" : name);
                }
                // the database does not tell the values; the message shows an ellipsis in their place
                return new UstozException(code, e, UNKNOWN_ARGUMENTS);
            }
        }
        if (isTransient(e)) {
            return new UstozException(CoreError.CONCURRENT_MODIFICATION, e);
        }
        return e;
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
