package org.hedgerow.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Some parameters of a search are not valid; names each and says what is wrong with it. */
class InvalidSearchException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidSearchException(Map<String, String> fieldErrors) {
        super("Invalid search: " + fieldErrors.keySet());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
