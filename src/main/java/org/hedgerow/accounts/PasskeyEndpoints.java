package org.hedgerow.accounts;

import org.hedgerow.audit.AuditTrail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Adds Spring Security's WebAuthn endpoints and the passkey step's guard to the app's one filter chain. */
@Component
class PasskeyEndpoints {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PasskeyStore passkeys;
    private final PasskeyUsers passkeyUsers;
    private final AccountStore accounts;
    private final AccountUserDetailsService users;
    private final AuditTrail audit;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts;
    private final ProblemResponses problems;
    private final PasskeyPolicy policy;
    private final JsonMapper json;
    private final SignInThrottle throttle;

    PasskeyEndpoints(WebAuthnRelyingPartyOperations relyingParty, PasskeyStore passkeys, PasskeyUsers passkeyUsers,
                     AccountStore accounts,
                     AccountUserDetailsService users, AuditTrail audit, SessionAuthenticationStrategy sessionStrategy,
                     SecurityContextRepository contexts, ProblemResponses problems, PasskeyPolicy policy,
                     JsonMapper json, SignInThrottle throttle) {
        this.relyingParty = relyingParty;
        this.passkeys = passkeys;
        this.passkeyUsers = passkeyUsers;
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.sessionStrategy = sessionStrategy;
        this.contexts = contexts;
        this.problems = problems;
        this.policy = policy;
        this.json = json;
        this.throttle = throttle;
    }

    void applyTo(HttpSecurity http) throws Exception {
        var signIn = new ProviderManager(new PasskeySignIn(new WebAuthnAuthenticationProvider(relyingParty, users),
                passkeys, passkeyUsers, accounts, audit, throttle));
        http.addFilterAfter(new PasskeyEnrolmentGuard(passkeys, audit, problems), SecurityContextHolderFilter.class);
        http.webAuthn(webAuthn -> webAuthn
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(signIn);
                        filter.setSessionAuthenticationStrategy(sessionStrategy);
                        filter.setSecurityContextRepository(contexts);
                        filter.setAuthenticationSuccessHandler((request, response, authentication) ->
                                PasskeySecurity.signedIn(request, response, authentication, policy, json));
                        filter.setAuthenticationFailureHandler((request, response, failure) ->
                                PasskeySecurity.refused(request, response, failure, problems));
                        return filter;
                    }
                }));
    }
}
