package org.hedgerow.accounts;

import java.util.ArrayList;
import java.util.List;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;

/**
 * Signing in with a passkey ({@code POST /login/webauthn}), alone or as the step after a password. Spring's
 * {@link WebAuthnAuthenticationProvider} (webauthn4j) verifies the assertion: challenge, origin, relying party,
 * signature and counter. Before it runs, this refuses an assertion that speaks for another account than the
 * passkey's own (its user handle) or, in the step after a password, a passkey of anyone but the person who gave
 * the password; such a refusal changes nothing (not even the passkey's counter). After it, the session's
 * principal is the account's {@link SignedInUser} with its role and the passkey factor. Every sign-in and every
 * refusal is audited.
 */
class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider verifier;
    private final PasskeyStore passkeys;
    private final PasskeyUsers users;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();

    PasskeySignIn(WebAuthnAuthenticationProvider verifier, PasskeyStore passkeys, PasskeyUsers users, AccountStore accounts,
                  AuditTrail audit) {
        this.verifier = verifier;
        this.passkeys = passkeys;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var assertion = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest().getPublicKey();
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        String waitingFor = PasskeyPolicy.waiting(current) ? current.getName() : null;

        CredentialRecord passkey = passkeys.findByCredentialId(assertion.getRawId());
        PublicKeyCredentialUserEntity owner = passkey == null ? null : users.findById(passkey.getUserEntityUserId());
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

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
