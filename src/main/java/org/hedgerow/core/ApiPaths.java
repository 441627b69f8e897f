package org.hedgerow.core;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests are the API's: the paths Spring MVC routes under {@code /api} or to the public feed
 * ({@code /openreferral}), matched as it matches them (a segment at a time, decoded), so that a spelling such as
 * {@code /%61pi/...} is the API here too rather than slipping past the filters that guard it.
 */
final class ApiPaths {

    private static final PathPattern APP = PathPatternParser.defaultInstance.parse("/api/**");
    private static final PathPattern FEED = PathPatternParser.defaultInstance.parse("/openreferral/**");
    private static final PathPattern PASSKEYS = PathPatternParser.defaultInstance.parse("/webauthn/**");
    private static final PathPattern PASSKEY_SIGN_IN = PathPatternParser.defaultInstance.parse("/login/webauthn");

    private ApiPaths() {
    }

    static boolean api(HttpServletRequest request) {
        var path = path(request);
        return APP.matches(path) || FEED.matches(path);
    }

    /** Spring Security's passkey endpoints: signing in with one, and adding one (its options and the passkey). */
    static boolean passkeys(HttpServletRequest request) {
        var path = path(request);
        return PASSKEYS.matches(path) || PASSKEY_SIGN_IN.matches(path);
    }

    static boolean publicFeed(HttpServletRequest request) {
        return FEED.matches(path(request));
    }

    private static PathContainer path(HttpServletRequest request) {
        return RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
    }
}
