package org.hedgerow.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hedgerow.core.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problem details, saying what to do about them; and the 400 for an address the firewall
 * turns away before anything else sees it (an encoded slash, NUL or control character in the path, found by the API
 * fuzz test), which was a bare status without a body.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        write(response, request, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in first",
                "This needs a signed-in account: sign in with POST /api/session.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        if (PasskeyPolicy.waitingNow() && !(ex instanceof CsrfException)) {
            write(response, request, HttpStatus.UNAUTHORIZED, "passkey-required", "Confirm with your passkey",
                    "Your role signs in with a passkey as well as a password: confirm with your passkey "
                            + "(POST /webauthn/authenticate/options, then POST /login/webauthn) before anything else.");
        }
        else if (ex instanceof CsrfException) {
            write(response, request, HttpStatus.FORBIDDEN, "csrf", "Missing or stale CSRF token",
                    "Send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.");
        }
        else {
            write(response, request, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Your account may not do this.");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
            throws IOException {
        write(response, request, HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected",
                "The address holds characters Hedgerow does not take in a path (such as an encoded slash, a NUL or "
                        + "another control character); an id or code is plain text.");
    }

    void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String type,
               String title, String detail) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", ProblemDetails.type(type).toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
