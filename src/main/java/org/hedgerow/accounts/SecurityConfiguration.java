package org.hedgerow.accounts;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules every request runs under. URL rules are coarse (public directory reads, signed-in API);
 * roles are checked on each controller method and each object's owner in the Cypher that touches it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /**
     * Read by anyone, signed in or not: the public directory and the network's aggregates. Listed one by
     * one, so that a new endpoint under a public path (a group's referrals, say) is private until named here.
     */
    static final String[] PUBLIC_READS = {"/api/network/summary",
        "/api/localities", "/api/localities/*", "/api/venues", "/api/venues/*",
        "/api/organisers", "/api/organisers/*", "/api/groups", "/api/groups/*",
        "/api/activities", "/api/activities/*", "/api/activities/search", "/api/categories", "/api/categories/*",
        "/api/needs", "/api/needs/*", "/api/imports/sources/*"};

    /**
     * The links in notification mails (unsubscribe, "still right"): POSTed without a session, by a mail program
     * (RFC 8058 one-click) or the web app's page, so without a CSRF token; the signed token in each is what allows it.
     */
    static final String[] MAIL_LINKS = {"/api/notifications/unsubscribe", "/api/notifications/still-right"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob: https:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; worker-src 'self' blob:; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems,
                                            SecurityContextRepository contexts, CsrfTokenRepository csrfCookies,
                                            SessionStamps stamps, PasskeyEndpoints passkeys)
            throws Exception {
        http.addFilterAfter(new SessionStampCheck(stamps), SecurityContextHolderFilter.class);
        passkeys.applyTo(http);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/session").permitAll()
                        .requestMatchers(HttpMethod.POST, MAIL_LINKS).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Adding a passkey: PasskeyEnrolmentGuard decides for a session waiting for its passkey step.
                        .requestMatchers(HttpMethod.POST, "/webauthn/register").authenticated()
                        // A session waiting for its passkey step has no role yet: the API answers "passkey-required".
                        .requestMatchers("/api/**", "/actuator/**", "/webauthn/register/*").access(PasskeyPolicy.signedInFully())
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfCookies).ignoringRequestMatchers(MAIL_LINKS))
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()")))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** The CSRF token travels in the XSRF-TOKEN cookie (readable by the app) and comes back in X-XSRF-TOKEN. */
    @Bean
    CsrfTokenRepository csrfTokenRepository(SecurityProperties properties) {
        var cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
        cookies.setCookieCustomizer(cookie -> cookie.secure(properties.secureCookies()).sameSite("Lax"));
        return cookies;
    }

    /** On sign-in: a new session id (no fixation) and a new CSRF token. */
    @Bean
    SessionAuthenticationStrategy signInSessionStrategy(CsrfTokenRepository csrfCookies) {
        return new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfCookies)));
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        // Check the password first and the account's state after, so that a disabled account answers as
        // slowly as any other wrong guess and cannot be told apart by timing.
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }
}
