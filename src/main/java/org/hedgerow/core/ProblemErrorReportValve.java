package org.hedgerow.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's answer to a request it refuses before Spring sees it (a request line or headers longer than
 * {@code server.max-http-request-header-size}) as a problem document instead of Tomcat's HTML error page. A
 * request line too long to read leaves no path behind, so that is the URL being too long (414); otherwise it
 * is the headers (431). Anything else Tomcat reports keeps its status and says what Tomcat said.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail;
        String type;
        boolean tooLarge = throwable != null && throwable.getMessage() != null
                && throwable.getMessage().contains("too large");
        if (tooLarge && (request.getRequestURI() == null || request.getRequestURI().isEmpty())) {
            status = HttpStatus.URI_TOO_LONG.value();
            type = "uri-too-long";
            detail = "The URL is too long; send at most " + ApiLimits.LONGEST_REQUEST_HEAD + " of request line and headers.";
        }
        else if (tooLarge) {
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            type = "headers-too-large";
            detail = "The request's headers are too large; send at most " + ApiLimits.LONGEST_REQUEST_HEAD + " of them.";
        }
        else {
            type = "refused";
            detail = "The request was refused before it reached Hedgerow ("
                    + (throwable != null && throwable.getMessage() != null ? throwable.getMessage() : "status " + status)
                    + ").";
        }
        var resolved = HttpStatus.resolve(status);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", ProblemDetails.type(type).toString());
        problem.put("title", resolved == null ? "Refused" : resolved.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            response.finishResponse();
        }
        catch (IOException | IllegalStateException ex) {
            // the connection is already gone: nothing more to say
        }
    }
}
