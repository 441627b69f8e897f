package org.hedgerow.core;

import org.springframework.http.HttpStatus;

/**
 * The change cannot be made to the thing as it is now: someone else changed it first (a stale version),
 * or it would break a rule such as a unique name. Nothing was changed.
 */
public class ConflictException extends ProblemException {

    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, "conflict", "Conflict", message);
    }

    /** A conflict of a kind of its own, which a client tells apart by its {@code type}. */
    protected ConflictException(String type, String title, String message) {
        super(HttpStatus.CONFLICT, type, title, message);
    }
}
