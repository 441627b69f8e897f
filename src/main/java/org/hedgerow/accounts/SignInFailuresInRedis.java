package org.hedgerow.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Failed sign-ins counted in Redis, so every instance behind the load balancer applies the same limits to the
 * same counts. Each username and each address is a sorted set of failures scored by when they began; a Lua
 * script drops those older than the window, checks both limits and adds the new failure in one atomic step
 * (as the in-memory count does under its lock). The keys share one hash tag, so the script also runs on a
 * Redis cluster, and expire with the window, so Redis holds nothing for a quiet account.
 */
class SignInFailuresInRedis implements SignInFailures {

    static final String PREFIX = "hedgerow:sign-in-failures:{throttle}:";

    /** KEYS: the username's set, the address's set. ARGV: now (ms), window (ms), the two limits, the mark. */
    private static final RedisScript<Long> COUNT_UNLESS_FULL = RedisScript.of("""
            local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
            local limits = {tonumber(ARGV[3]), tonumber(ARGV[4])}
            local wait = 0
            for i, key in ipairs(KEYS) do
              redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
              if redis.call('ZCARD', key) >= limits[i] then
                local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
                wait = math.max(wait, tonumber(oldest[2]) + window - now)
              end
            end
            if wait > 0 then return wait end
            for _, key in ipairs(KEYS) do
              redis.call('ZADD', key, now, ARGV[5])
              redis.call('PEXPIRE', key, window)
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    SignInFailuresInRedis(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public @Nullable Duration countUnlessFull(String username, String address, Instant now, String mark,
                                              SignInThrottleProperties limits) {
        Long wait = redis.execute(COUNT_UNLESS_FULL, List.of(usernameKey(username), addressKey(address)),
                String.valueOf(now.toEpochMilli()), String.valueOf(limits.window().toMillis()),
                String.valueOf(limits.perUsername()), String.valueOf(limits.perAddress()), mark);
        return wait == null || wait <= 0 ? null : Duration.ofMillis(wait);
    }

    @Override
    public void forgive(String username, String address, Instant at, String mark) {
        redis.delete(usernameKey(username));
        redis.opsForZSet().remove(addressKey(address), mark);
    }

    @Override
    public void withdraw(String username, String address, Instant at, String mark) {
        redis.opsForZSet().remove(usernameKey(username), mark);
        redis.opsForZSet().remove(addressKey(address), mark);
    }

    @Override
    public int count(String username, Instant now, Duration window) {
        Long count = redis.opsForZSet().count(usernameKey(username),
                now.minus(window).toEpochMilli() + 1, Double.POSITIVE_INFINITY);
        return count == null ? 0 : count.intValue();
    }

    private static String usernameKey(String username) {
        return PREFIX + "username:" + username;
    }

    private static String addressKey(String address) {
        return PREFIX + "address:" + address;
    }
}
