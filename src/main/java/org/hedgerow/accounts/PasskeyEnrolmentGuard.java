package org.hedgerow.accounts;

import java.io.IOException;

import com.webauthn4j.util.exception.WebAuthnException;
import com.webauthn4j.verifier.exception.BadOriginException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * passkeys at any time. A passkey the relying party refuses to add (a page at another origin, a device's answer
 * that does not verify) is a 400 problem, not the 500 Spring's filter gives, and audited as refused.
 */
class PasskeyEnrolmentGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PasskeyEnrolmentGuard.class);

    private final PasskeyStore passkeys;
    private final AuditTrail audit;
    private final ProblemResponses problems;

    PasskeyEnrolmentGuard(PasskeyStore passkeys, AuditTrail audit, ProblemResponses problems) {
        this.passkeys = passkeys;
        this.audit = audit;
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
        try {
            chain.doFilter(request, response);
        }
        catch (WebAuthnException notAdded) {
            // Spring's registration filter lets the relying party's refusal through as a 500; nothing was stored.
            if (response.isCommitted()) {
                throw notAdded;
            }
            boolean elsewhere = notAdded instanceof BadOriginException;
            var username = authentication == null ? null : authentication.getName();
            log.warn("A passkey for '{}' was not added: {}", username, notAdded.getMessage());
            // A page at another address is what a phishing proxy would be: worth an admin's eye. The account is the
            // signed-in one (adding a passkey needs a sign-in, full or waiting for its passkey).
            var account = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                    ? user.accountId() : null;
            audit.record(AuditKind.PASSKEY_REFUSED, "Account", account,
                    elsewhere ? "adding a passkey from a page at another address"
                            : "adding a passkey: the device's answer did not verify");
            problems.write(response, request, HttpStatus.BAD_REQUEST, "passkey-not-added", "Passkey not added",
                    elsewhere
                            ? "Passkeys cannot be added from this address: Hedgerow is set up for another one "
                              + "(hedgerow.passkeys.site-url). Nothing was changed: open Hedgerow at its usual "
                              + "address, or ask an admin."
                            : "Your device's answer could not be checked, so the passkey was not added. Nothing was "
                              + "changed: try again.");
        }
    }
}
