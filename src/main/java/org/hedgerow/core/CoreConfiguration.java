package org.hedgerow.core;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * Features declare their own caches (names, sizes, expiry) beside the code that reads through them; writes that
 * may meet a deadlock are retried with {@link RetriedWhenTransient}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableResilientMethods
@EnableConfigurationProperties(ApiAdmission.Limits.class)
class CoreConfiguration {

    /**
     * Where the features' {@code @Scheduled} work runs (the daily round, the nightly retention, backups, the live
     * sign-in recheck): Boot's own scheduler, on virtual threads, made here because Boot's backs off for the
     * WebSocket broker's ({@code messageBrokerTaskScheduler}, a thread per core for the heartbeats), which would
     * otherwise run it all, and a job waiting on the graph would hold one of the broker's threads. Found by its name.
     */
    @Bean
    SimpleAsyncTaskScheduler taskScheduler(SimpleAsyncTaskSchedulerBuilder builder) {
        return builder.threadNamePrefix("scheduled-").build();
    }

    /** The one clock every feature reads the time from, so tests can move it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
