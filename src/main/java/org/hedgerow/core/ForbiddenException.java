package org.hedgerow.core;

import org.springframework.http.HttpStatus;

/** The caller is signed in but may not do this to this object. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", message);
    }
}
