package org.hedgerow.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.web.csrf.CsrfChannelInterceptor;

/**
 * Who may listen where, checked by Spring Security on every frame a client sends. Anyone may follow a
 * locality's public changes; only facilitators and admins the network; a signed-in user only their own queues
 * ({@code /user/queue/...}, which the broker resolves to this session alone), and only once fully signed in (the
 * passkey step done, where the role needs one). Any other destination, and any
 * SEND, is refused; {@link Refusals} says why in the ERROR frame.
 * <p>
 * CSRF on CONNECT, as for REST writes: the handshake keeps the session's token (the {@code XSRF-TOKEN} cookie,
 * which only pages of this site can read) and CONNECT must repeat it in its {@code X-XSRF-TOKEN} header. A page
 * on another site can open a socket with the user's cookies but cannot read the token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketSecurity
class SubscriptionRules {

    static final String LOCALITY_PREFIX = "/topic/localities.";
    static final String NETWORK = "/topic/network";
    static final String REFERRALS = "/queue/referrals";
    static final String INTRODUCTIONS = "/queue/introductions";
    static final String GATHERINGS = "/queue/gatherings";
    static final String NOTIFICATIONS = "/queue/notifications";
    static final String IMPORTS = "/queue/imports";

    /**
     * Every role: a session holds its role's authority only once fully signed in, so a password sign-in still
     * waiting for its passkey step (which the API refuses) hears nothing on the personal queues either. Merely
     * {@code authenticated()} let such a session hear its referrals' news.
     */
    private static final String[] SIGNED_IN_FULLY = {"PROVIDER", "LINK_WORKER", "FACILITATOR", "ADMIN"};

    @Bean
    AuthorizationManager<Message<?>> messageAuthorizationManager(MessageMatcherDelegatingAuthorizationManager.Builder frames) {
        return frames
                .simpSubscribeDestMatchers(LOCALITY_PREFIX + "{code:[A-Za-z0-9_-]{1,40}}").permitAll()
                .simpSubscribeDestMatchers("/user" + REFERRALS, "/user" + INTRODUCTIONS, "/user" + GATHERINGS,
                        "/user" + NOTIFICATIONS, "/user" + IMPORTS).hasAnyRole(SIGNED_IN_FULLY)
                .simpSubscribeDestMatchers(NETWORK).hasAnyRole("FACILITATOR", "ADMIN")
                .simpTypeMatchers(SimpMessageType.SUBSCRIBE, SimpMessageType.MESSAGE).denyAll()
                .anyMessage().permitAll()
                .build();
    }

    /**
     * The token as the cookie holds it: the web app sends the cookie's value, not the masked form that Spring
     * Security's default ({@code XorCsrfChannelInterceptor}) expects, just as {@code csrf.spa()} takes it for REST.
     */
    @Bean
    ChannelInterceptor csrfChannelInterceptor() {
        return new CsrfChannelInterceptor();
    }
}
