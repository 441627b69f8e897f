package org.hedgerow.live;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@link Audience} may remember. Nothing announces a change to where localities lie or to the network's
 * size, so both simply expire: a locality moved within another is heard of there within five minutes, and the
 * counts on the network map are at most a second old however many changes a second there are.
 */
@Configuration(proxyBeanMethods = false)
class LiveCaches {

    static final String LOCALITY_AND_ABOVE = "live.locality-and-above";
    static final String NETWORK_COUNTS = "live.network-counts";

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> audienceCaches() {
        return caches -> {
            caches.registerCustomCache(LOCALITY_AND_ABOVE, Caffeine.newBuilder()
                    .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).recordStats().build());
            caches.registerCustomCache(NETWORK_COUNTS, Caffeine.newBuilder()
                    .expireAfterWrite(Duration.ofSeconds(1)).recordStats().build());
        };
    }
}
