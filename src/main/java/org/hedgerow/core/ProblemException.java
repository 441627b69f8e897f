package org.hedgerow.core;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a caller can act on, carrying the problem details it is answered with: Spring MVC writes its body
 * as it is (status, type, title, detail and any properties), so no handler has to build one.
 */
public abstract class ProblemException extends ErrorResponseException {

    protected ProblemException(ProblemDetail problem) {
        super(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    protected ProblemException(HttpStatus status, String type, String title, String detail) {
        this(ProblemDetails.of(status, type, title, detail));
    }

    /** The detail a person reads (Spring's own message would be the whole body, status first). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
