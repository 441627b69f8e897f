package org.hedgerow.core;

import java.net.URI;
import java.util.function.ToLongFunction;

import org.springframework.http.ResponseEntity;

/** Responses that carry the version of what they return as an ETag, to send back with the next change. */
public final class Versioned {

    private Versioned() {
    }

    public static <T> ResponseEntity<T> ok(T body, ToLongFunction<T> version) {
        return ResponseEntity.ok().eTag(Long.toString(version.applyAsLong(body))).body(body);
    }

    public static <T> ResponseEntity<T> created(URI location, T body, ToLongFunction<T> version) {
        return ResponseEntity.created(location).eTag(Long.toString(version.applyAsLong(body))).body(body);
    }
}
