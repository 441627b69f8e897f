package org.hedgerow.core;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with a stable type URI per kind of problem. */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    /** The type URI of a kind of problem, e.g. {@code conflict}. */
    public static URI type(String kind) {
        return URI.create("https://hedgerow.example/problems/" + kind);
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setTitle(title);
        return problem;
    }

    /** A problem naming each bad field and what is wrong with it. */
    public static ProblemDetail invalid(String detail, Map<String, String> fieldErrors) {
        var problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", new LinkedHashMap<>(fieldErrors));
        return problem;
    }
}
