package org.hedgerow.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in with a passkey ({@code POST /login/webauthn}), alone or as the step after a password. Spring's
 * {@link WebAuthnAuthenticationProvider} (webauthn4j) verifies the assertion: challenge, origin, relying party,
 * signature and counter. Before it runs, this refuses an assertion that speaks for another account than the
 * passkey's own (its user handle) or, in the step after a password, a passkey of anyone but the person who gave
 * the password; such a refusal changes nothing (not even the passkey's counter). After it, the session's
 * principal is the account's {@link SignedInUser} with its role and the passkey factor. Every sign-in and every
 * refusal is audited.
 *
 * <p>Refusals count as failed sign-ins in the {@link SignInThrottle}, as a wrong password does: for the passkey's
 * account (a passkey nobody holds counts for its credential id alone, so it cannot lock an account out) and for the
 * address. Past the limits an assertion is refused with 429 ({@link Throttled}) before its signature is checked: a
 * stream of bad assertions costs two reads and a {@code SIGN_IN_THROTTLED} line each, never a verification.
 */
class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider verifier;
    private final PasskeyStore passkeys;
    private final PasskeyUsers users;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();

    PasskeySignIn(WebAuthnAuthenticationProvider verifier, PasskeyStore passkeys, PasskeyUsers users, AccountStore accounts,
                  AuditTrail audit, SignInThrottle throttle) {
        this.verifier = verifier;
        this.passkeys = passkeys;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** A passkey sign-in refused unread: too many failures for its account or from its address. */
    static final class Throttled extends AuthenticationException {

        private final Duration wait;

        Throttled(Duration wait) {
            super("Too many failed sign-ins");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var assertion = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest().getPublicKey();
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        String waitingFor = PasskeyPolicy.waiting(current) ? current.getName() : null;

        CredentialRecord passkey = passkeys.findByCredentialId(assertion.getRawId());
        PublicKeyCredentialUserEntity owner = passkey == null ? null : users.findById(passkey.getUserEntityUserId());
        String counted = owner != null ? owner.getName()
                : waitingFor != null ? waitingFor : "passkey:" + assertion.getRawId().toBase64UrlString();
        var attempt = throttle.begin(counted, address());
        if (attempt.refused()) {
            audit.recordAs(owner != null ? owner.getName() : waitingFor != null ? waitingFor : "anonymous", null,
                    AuditKind.SIGN_IN_THROTTLED, "Account", null, "passkey refused after repeated failures");
            throw new Throttled(attempt.refusedFor());
        }
        try {
            var signedIn = verify(authentication, assertion, waitingFor, passkey, owner);
            throttle.succeeded(attempt);
            return signedIn;
        }
        catch (DataAccessException ex) {
            throttle.unanswered(attempt); // the database did not answer: no failed attempt
            throw ex;
        }
    }

    private Authentication verify(Authentication authentication,
                                  PublicKeyCredential<AuthenticatorAssertionResponse> assertion,
                                  @Nullable String waitingFor, @Nullable CredentialRecord passkey,
                                  @Nullable PublicKeyCredentialUserEntity owner) {
        if (passkey == null || owner == null) {
            throw refused(waitingFor, null, "unknown passkey");
        }
        var userHandle = assertion.getResponse().getUserHandle();
        if (userHandle != null && !userHandle.equals(passkey.getUserEntityUserId())) {
            throw refused(owner.getName(), null, "assertion names another account than the passkey's own");
        }
        if (waitingFor != null && !waitingFor.equals(owner.getName())) {
            throw refused(waitingFor, null, "passkey of another account (" + owner.getName() + ") in the passkey step");
        }

        try {
            verifier.authenticate(authentication);
        }
        catch (AuthenticationException ex) {
            throw refused(owner.getName(), ex, "the assertion did not verify (signature, challenge or origin)");
        }
        SignedInUser user = accounts.findForSignIn(owner.getName())
                .orElseThrow(() -> refused(owner.getName(), null, "the account is gone"));
        try {
            accountStatus.check(user);
        }
        catch (AuthenticationException ex) {
            throw refused(owner.getName(), ex, "the account is disabled");
        }

        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        if (waitingFor != null) {
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        }
        // Audited before the session exists: there is never a signed-in session without its audit line.
        audit.recordAs(user.getUsername(), user.role().name(), AuditKind.SIGN_IN, "Account", user.accountId(),
                waitingFor != null ? "password and passkey" : "passkey");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private BadCredentialsException refused(@Nullable String actor, @Nullable Exception cause, String reason) {
        var account = actor == null ? null : accounts.findForSignIn(actor).orElse(null);
        audit.recordAs(actor == null ? "anonymous" : actor, account == null ? null : account.role().name(),
                AuditKind.PASSKEY_REFUSED, "Account", account == null ? null : account.accountId(), reason);
        return new BadCredentialsException("Passkey refused: " + reason, cause);
    }

    /** The address the assertion came from, as the password sign-in counts it. */
    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
