package org.ustoz.core.error;

/** The broad kind of an error, for hosts that map errors to protocol statuses. */
public enum ErrorKind {
    /** The input is malformed or breaks a constraint on its own (HTTP 400/422). */
    INVALID_INPUT,
    /** Something the request names does not exist, or not for this tenant (HTTP 404). */
    NOT_FOUND,
    /** The request clashes with existing data, such as a duplicate code (HTTP 409). */
    CONFLICT,
    /** The request is not allowed in the current state, such as an illegal transition (HTTP 409). */
    INVALID_STATE,
    /** Another transaction changed the same data; retrying may succeed (HTTP 409/503). */
    CONCURRENCY,
    /** A failure of Ustoz or its environment, not of the request (HTTP 500). */
    INTERNAL
}
