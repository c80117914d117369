package org.ustoz.core.error;

/** Error codes of the core module. */
public enum CoreError implements ErrorCode {
    /** A command failed validation; see {@link ValidationFailedException#violations()}. */
    VALIDATION_FAILED("core.validation-failed", ErrorKind.INVALID_INPUT),
    /** A host-managed transaction was expected but none is active. */
    NO_TRANSACTION("core.no-transaction", ErrorKind.INTERNAL),
    /** Concurrent changes kept colliding; the operation was rolled back and may be retried. */
    CONCURRENT_MODIFICATION("core.concurrent-modification", ErrorKind.CONCURRENCY),
    /** The database refused the change because it clashes with existing data. */
    DATA_CONFLICT("core.data-conflict", ErrorKind.CONFLICT),
    /**
     * The database or the persistence provider refused the data for a reason Ustoz does not know
     * more about; nothing was changed. The one argument is a reference that Ustoz logs (at DEBUG,
     * with the SQLState, never SQL or values) so that an operator can find the failure.
     */
    DATA_REJECTED("core.data-rejected", ErrorKind.INVALID_INPUT),
    /** The database product is not one Ustoz supports. */
    UNSUPPORTED_DATABASE("core.unsupported-database", ErrorKind.INTERNAL),
    /** A localized text has no text in any language. */
    EMPTY_LOCALIZED_TEXT("core.localized-text.empty", ErrorKind.INVALID_INPUT);

    private final String code;
    private final ErrorKind kind;

    CoreError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String bundle() {
        return "org.ustoz.core.messages";
    }
}
