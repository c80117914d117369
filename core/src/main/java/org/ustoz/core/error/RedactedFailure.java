package org.ustoz.core.error;

import java.sql.SQLException;

import org.hibernate.JDBCException;

/**
 * The cause Ustoz attaches to an {@link UstozException} in place of a failure from below the
 * service layer. A stand-in for a failure from below the service layer whose message may carry SQL, parameter
 * values or personal data: it keeps the original's class name, the SQLState and vendor error code
 * where there is one, and the stack trace, but not the message. Its cause is redacted the same way.
 */
public final class RedactedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private RedactedFailure(String message, Throwable cause, StackTraceElement[] stackTrace) {
        super(message, cause, false, true);
        setStackTrace(stackTrace);
    }

    /** A redacted copy of a failure and of its causes; {@code null} for {@code null}. */
    public static RedactedFailure of(Throwable failure) {
        return of(failure, 0);
    }

    private static RedactedFailure of(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        if (failure instanceof RedactedFailure redacted) {
            return redacted;
        }
        Throwable cause = failure.getCause() == failure ? null : failure.getCause();
        return new RedactedFailure(describe(failure), of(cause, depth + 1), failure.getStackTrace());
    }

    /** The class of a failure with its SQLState and vendor code, never its message. */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder(failure.getClass().getName());
        String state = null;
        int code = 0;
        if (failure instanceof SQLException sql) {
            state = sql.getSQLState();
            code = sql.getErrorCode();
        } else if (failure instanceof JDBCException jdbc) {
            state = jdbc.getSQLState();
            code = jdbc.getErrorCode();
        }
        if (state != null || code != 0) {
            out.append(" (SQLState ").append(state).append(", error code ").append(code).append(')');
        }
        return out.toString();
    }

    /** The SQLState found first in the cause chain of a failure, or {@code null}. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof JDBCException jdbc && jdbc.getSQLState() != null) {
                return jdbc.getSQLState();
            }
        }
        return null;
    }
}
