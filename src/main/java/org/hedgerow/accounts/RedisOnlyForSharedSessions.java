package org.hedgerow.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Boot's Redis auto-configuration (connection factory, health indicator, repositories) out of the app
 * unless {@code hedgerow.sessions.store=redis}: the Redis client is on the classpath for shared sessions, and
 * without this a single instance would report itself down for want of a Redis it does not use. So one setting
 * switches shared sessions on, and the embedded default runs as it always has.
 */
class RedisOnlyForSharedSessions implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.";

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(@Nullable String[] candidates, AutoConfigurationMetadata metadata) {
        boolean shared = environment != null && SharedSessions.REDIS.equalsIgnoreCase(
                environment.getProperty(SharedSessions.STORE_PROPERTY, "memory"));
        var matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            matches[i] = shared || candidates[i] == null || !candidates[i].startsWith(REDIS_AUTO_CONFIGURATION);
        }
        return matches;
    }
}
