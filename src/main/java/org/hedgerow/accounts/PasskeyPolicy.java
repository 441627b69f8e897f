package org.hedgerow.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.stereotype.Component;

/**
 * The passkey step after a password. A person whose role requires passkeys and who signs in with a password
 * gets a session that knows who they are but holds only the password factor, not their role: until they
 * confirm with a passkey, every {@code /api} request but the session's own answers 401 "passkey-required".
 */
@Component
class PasskeyPolicy {

    private final PasskeyRequirements requirements;
    private final PasskeyStore passkeys;

    PasskeyPolicy(PasskeyRequirements requirements, PasskeyStore passkeys) {
        this.requirements = requirements;
        this.passkeys = passkeys;
    }

    /** The session's authentication after a correct password: the whole role, or only the password factor. */
    Authentication afterPassword(SignedInUser user) {
        if (!requirements.requiredFor(user.role())) {
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
    }

    /** What the browser app is told about the session, including the step still to do, if any. */
    SessionView view(Authentication authentication) {
        var user = (SignedInUser) authentication.getPrincipal();
        return SessionView.of(user, waiting(authentication) ? step(user.getUsername()) : null);
    }

    PasskeyStep step(String username) {
        var enrolment = passkeys.enrolment(username);
        return enrolment.passkeys() > 0 ? PasskeyStep.CONFIRM
                : enrolment.grace() ? PasskeyStep.ENROL : PasskeyStep.ASK_ADMIN;
    }

    /** Does this session wait for its passkey step (signed in by password, its role not yet granted)? */
    static boolean waiting(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && authentication.getAuthorities().stream()
                        .noneMatch(authority -> user.role().authority().equals(authority.getAuthority()));
    }

    static boolean waitingNow() {
        return waiting(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Signed in, and not waiting for the passkey step: the rule for the API. */
    static AuthorizationManager<RequestAuthorizationContext> signedInFully() {
        var trust = new AuthenticationTrustResolverImpl();
        return (authentication, context) -> {
            var who = authentication.get();
            return new AuthorizationDecision(trust.isAuthenticated(who) && !waiting(who));
        };
    }
}
