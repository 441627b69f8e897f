package org.hedgerow.accounts;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Sessions shared by every instance behind a load balancer, in Redis ({@code hedgerow.sessions.store=redis},
 * with {@code spring.data.redis.*} saying where): a person signed in through one instance is signed in on all,
 * and stays signed in when the instance that signed them in stops. Without the setting, sessions stay in each
 * instance's memory (Tomcat's own) and nothing here exists.
 * <p>
 * The <em>indexed</em> repository, because it announces ended sessions (signed out, expired) to every instance
 * through Redis keyspace events; Spring Session turns those into the same {@code HttpSessionDestroyedEvent}
 * Tomcat raises, so the live module closes the sockets of a session that ended on another instance. The cookie
 * keeps Tomcat's name and flags, so the browser, the API description and the tests see no difference. A renewed
 * session stamp is announced on a Redis channel, so that every instance forgets the stamp it holds
 * ({@link SessionStamps}) and the account's other sessions end at their next request wherever it lands.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SharedSessions.STORE_PROPERTY, havingValue = SharedSessions.REDIS)
@EnableRedisIndexedHttpSession(redisNamespace = SharedSessions.NAMESPACE)
class SharedSessions {

    static final String STORE_PROPERTY = "hedgerow.sessions.store";
    static final String REDIS = "redis";
    static final String NAMESPACE = "hedgerow:sessions";
    static final String STAMP_RENEWALS = NAMESPACE + ":stamp-renewals";

    private static final Logger log = LoggerFactory.getLogger(SharedSessions.class);

    /** The same idle timeout as Tomcat's sessions ({@code server.servlet.session.timeout}). */
    @Bean
    SessionRepositoryCustomizer<RedisIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    /** The session id as it is (not Base64), under Tomcat's cookie name, HttpOnly, Secure unless switched off, Lax. */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String name,
                                   SecurityProperties security) {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseBase64Encoding(false);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setUseSecureCookie(security.secureCookies());
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    /** Before Spring Security, on error and async dispatches too (as Boot registers it when it configures Spring Session). */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sharedSessionFilter(SessionRepositoryFilter<?> filter) {
        var registration = new FilterRegistrationBean<SessionRepositoryFilter<?>>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        return registration;
    }

    /** Renewed session stamps announced to every instance (each forgets the account's stamp it holds). */
    @Bean
    SessionStamps.StampRenewals stampRenewals(StringRedisTemplate redis) {
        return accountId -> {
            try {
                redis.convertAndSend(STAMP_RENEWALS, accountId);
            }
            catch (RuntimeException ex) {
                log.warn("Could not tell the other instances that account {} has a new session stamp; they will read"
                        + " it again within hedgerow.sessions.stamp-recheck: {}", accountId, ex.toString());
            }
        };
    }

    /**
     * Hears the renewals announced by every instance, this one included, on Spring Session's own listener container
     * (the one that hears of ended sessions), so that they share its subscription connection; each is told to this
     * instance as {@link SignInsRenewed}, so its sockets of the account close (twice for the instance that made the
     * change, which told itself already; closing a closed socket does nothing).
     */
    @Bean
    SmartInitializingSingleton stampRenewalListener(
            @Qualifier("springSessionRedisMessageListenerContainer") RedisMessageListenerContainer sessionEvents,
            SessionStamps stamps, ApplicationEventPublisher events) {
        return () -> sessionEvents.addMessageListener((message, pattern) -> {
            var accountId = new String(message.getBody(), UTF_8);
            stamps.forget(accountId);
            events.publishEvent(new SignInsRenewed(accountId));
        }, new ChannelTopic(STAMP_RENEWALS));
    }

    /** Failed sign-ins counted across instances, in the same Redis. */
    @Bean
    SignInFailuresInRedis sharedSignInFailures(StringRedisTemplate redis) {
        return new SignInFailuresInRedis(redis);
    }
}
