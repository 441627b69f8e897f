package org.hedgerow.core;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Features declare their own caches (names, sizes, expiry) beside the code that reads through them; writes that
 * may meet a deadlock are retried with {@link RetriedWhenTransient}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableResilientMethods
@EnableConfigurationProperties(ApiAdmission.Limits.class)
class CoreConfiguration {

    /** The one clock every feature reads the time from, so tests can move it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
