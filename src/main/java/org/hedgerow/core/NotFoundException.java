package org.hedgerow.core;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message);
    }
}
