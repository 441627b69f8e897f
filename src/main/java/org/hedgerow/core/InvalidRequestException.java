package org.hedgerow.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request that is well-formed but breaks a rule about its fields; names each field and what is wrong. */
public class InvalidRequestException extends ProblemException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidRequestException(Map<String, String> fieldErrors) {
        super(ProblemDetails.invalid("Some fields are not valid: " + String.join(", ", fieldErrors.keySet()),
                fieldErrors));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
