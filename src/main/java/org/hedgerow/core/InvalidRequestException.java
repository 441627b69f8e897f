package org.hedgerow.core;

import java.util.Map;

/** A request that is well-formed but breaks a rule about its fields; names each field and what is wrong. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String field, String message) {
        super(field + " " + message);
        this.fieldErrors = Map.of(field, message);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
