package org.ustoz.core.error;

/**
 * A stable, documented error code. Each module lists its codes in an enum that implements this
 * interface; the text shown to people comes from the module's message bundle, in the caller's locale.
 *
 * <p>Codes never change meaning once released: hosts map them to HTTP statuses, translate them and
 * test against them.
 */
public interface ErrorCode {

    /** The code, such as {@code courses.cohort.not-open}: lowercase, dot-separated, stable. */
    String code();

    /** What kind of failure this is, so that a host can map it, for example to an HTTP status. */
    ErrorKind kind();

    /**
     * Base name of the resource bundle that holds the message for {@link #code()}, such as
     * {@code org.ustoz.courses.messages}.
     */
    String bundle();
}
