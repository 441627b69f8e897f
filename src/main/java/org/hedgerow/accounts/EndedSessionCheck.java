package org.hedgerow.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session cookie that names no live session (forged, replayed after signing out on any instance, expired) is
 * refused: the request goes on as anonymous, so it can change nothing that needs a sign-in; the refusal is
 * audited, and the browser is told to drop the cookie, so one stale cookie makes one audit line, not one per
 * request. Runs before Spring Security and after the session store (Tomcat's or the shared one) has looked the
 * id up, so a session ended by this very request's checks is not counted.
 * <p>
 * A session that ends during a request (signing out) has its cookie dropped too: the shared store's filter does
 * that itself, Tomcat does not, and a browser would otherwise send the ended id once more and be audited for it.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class EndedSessionCheck extends OncePerRequestFilter {

    private final AuditTrail audit;
    private final String cookieName;
    private final boolean secure;

    EndedSessionCheck(AuditTrail audit, @Value("${server.servlet.session.cookie.name:JSESSIONID}") String cookieName,
                      SecurityProperties security) {
        this.audit = audit;
        this.cookieName = cookieName;
        this.secure = security.secureCookies();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            // no session id in the audit line: it is a secret, and the forged ones are whatever the sender chose
            audit.record(AuditKind.SESSION_REFUSED, "Session", null,
                    request.getMethod() + " " + request.getRequestURI() + ": no live session for its cookie");
            forget(response);
            chain.doFilter(request, response);
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        chain.doFilter(request, response);
        if (hadSession && request.getSession(false) == null && !response.isCommitted()
                && response.getHeaders(HttpHeaders.SET_COOKIE).stream().noneMatch(c -> c.startsWith(cookieName + "="))) {
            forget(response);
        }
    }

    private void forget(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookieName, "").path("/").maxAge(0)
                .httpOnly(true).secure(secure).sameSite("Lax").build().toString());
    }
}
