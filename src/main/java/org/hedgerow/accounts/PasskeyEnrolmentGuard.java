package org.hedgerow.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adding a passkey ({@code POST /webauthn/register/options}, {@code POST /webauthn/register}) while a password
 * sign-in waits for its passkey step is allowed once: when the account has no passkey and still holds its grace
 * (see {@link PasskeyStore}). Otherwise it answers 403 and says to ask an admin. Fully signed-in people may add
 * passkeys at any time.
 */
class PasskeyEnrolmentGuard extends OncePerRequestFilter {

    private final PasskeyStore passkeys;
    private final ProblemResponses problems;

    PasskeyEnrolmentGuard(PasskeyStore passkeys, ProblemResponses problems) {
        this.passkeys = passkeys;
        this.problems = problems;
    }

    /**
     * The two enrolment endpoints, matched as Spring Security's own WebAuthn filters match them (paths decoded a
     * segment at a time): comparing the raw request URI let {@code /webauthn/%72egister/options} past this guard
     * while the filter behind it answered it.
     */
    private static final RequestMatcher ENROLMENT = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/register/options"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/register"));

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ENROLMENT.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (PasskeyPolicy.waiting(authentication) && !passkeys.enrolment(authentication.getName()).mayEnrol()) {
            problems.write(response, request, HttpStatus.FORBIDDEN, "passkey-enrolment-closed",
                    "Ask an admin to add a passkey",
                    "Your role needs a passkey, and this account may not add one with its password alone: "
                            + "an admin can grant a one-time grace to add a new one.");
            return;
        }
        chain.doFilter(request, response);
    }
}
