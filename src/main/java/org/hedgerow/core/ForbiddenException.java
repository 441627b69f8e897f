package org.hedgerow.core;

/** The caller is signed in but may not do this to this object. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
