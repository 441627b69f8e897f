package org.hedgerow.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account has changed under it: password changed or reset, role changed, disabled,
 * or deleted. Each signed-in request compares the session's stamp with the account's ({@link SessionStamps}:
 * held for a while, forgotten on every instance as soon as a renewal commits); on a mismatch the request goes
 * on as anonymous and the session is dropped.
 */
class SessionStampCheck extends OncePerRequestFilter {

    private final SessionStamps stamps;

    SessionStampCheck(SessionStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !stamps.isCurrent(user.accountId(), user.sessionStamp())) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
