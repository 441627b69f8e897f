package org.hedgerow.accounts;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's WebAuthn support, set up for Hedgerow: its JSON endpoints ({@code POST
 * /webauthn/register/options}, {@code POST /webauthn/register}, {@code POST /webauthn/authenticate/options},
 * {@code POST /login/webauthn}) with the passkeys kept in the graph ({@link PasskeyStore}), no generated pages
 * (the web app has its own), and a sign-in that gives the session the same principal, session-id rotation,
 * CSRF token and JSON answer as a password sign-in ({@link PasskeySignIn}); {@link PasskeyEndpoints} adds them
 * to the filter chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeyProperties.class)
class PasskeySecurity {

    /** The origins whose pages may use the passkeys; the running server's own is added when it is localhost. */
    private final Set<String> origins = ConcurrentHashMap.newKeySet();
    private final PasskeyProperties properties;

    PasskeySecurity(PasskeyProperties properties) {
        this.properties = properties;
        origins.add(properties.siteOrigin());
        origins.addAll(properties.allowedOrigins());
    }

    /**
     * On localhost (a developer's machine, the tests) the app's own address on whatever port it got is its
     * origin too. A real site is named by {@code hedgerow.passkeys.site-url} alone.
     */
    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if ("localhost".equals(properties.rpId())) {
            origins.add("http://localhost:" + event.getWebServer().getPort());
            origins.add("https://localhost:" + event.getWebServer().getPort());
        }
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PasskeyUsers users, PasskeyStore passkeys) {
        return new Webauthn4JRelyingPartyOperations(users, passkeys,
                PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name(properties.rpName()).build(), origins);
    }

    static void signedIn(HttpServletRequest request, HttpServletResponse response,
                         Authentication authentication, PasskeyPolicy policy, JsonMapper json)
            throws IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken(); // the session strategy replaced the token; hand the app the new one now
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), policy.view(authentication));
    }

    static void refused(HttpServletRequest request, HttpServletResponse response,
                        AuthenticationException failure, ProblemResponses problems) throws IOException {
        if (failure instanceof PasskeySignIn.Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInThrottle.retryAfter(throttled.waitFor())));
            problems.write(response, request, HttpStatus.TOO_MANY_REQUESTS, SignInThrottle.PROBLEM,
                    SignInThrottle.TITLE, SignInThrottle.detail(throttled.waitFor()));
            return;
        }
        problems.write(response, request, HttpStatus.UNAUTHORIZED, "passkey-refused", "Passkey not accepted",
                "That passkey could not confirm who you are here. Nothing was changed: try again, or use another "
                        + "of your passkeys.");
    }
}
