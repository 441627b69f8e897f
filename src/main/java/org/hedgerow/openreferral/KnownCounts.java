package org.hedgerow.openreferral;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The last count of each broad filter a client asked for, with what the directory looked like when it was taken (how
 * many activities, the latest change), so that a harvester paging through {@code ?day=MO} or {@code ?taxonomy_id=…}
 * has it counted once rather than on each of its pages: the page's statement ({@link ServiceStatements}) compares
 * the two with the store and counts again when either differs. A count is never served stale: an activity added,
 * archived or edited (each stamps {@code updatedAt}, as {@code modified_after} relies on) changes one of them.
 * One race is closed by waiting: an edit stamps the time before it commits, so an edit committed just after a count
 * may carry a stamp older than the latest one the count saw; a count is therefore remembered only once the latest
 * change is {@link #SETTLED} old, far longer than any edit's transaction (a harvest just after a change is counted
 * page by page, as before). Kept per instance, at most {@value #MOST} filters.
 */
@Component
class KnownCounts {

    static final int MOST = 2_000;

    /** How old the latest change must be before a count taken after it is remembered. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    /** A count and the directory it was taken of. */
    record Known(long activities, @Nullable ZonedDateTime lastChange, long total) {

        static final Known NONE = new Known(-1, null, -1);
    }

    private final Cache<Map<String, Object>, Known> counts = Caffeine.newBuilder().maximumSize(MOST).build();
    private final Clock clock;

    KnownCounts(Clock clock) {
        this.clock = clock;
    }

    /** The statement's parameters that say what it knows of its count. */
    Map<String, Object> parameters(String statement, Map<String, Object> parameters) {
        var known = counts.asMap().getOrDefault(key(statement, parameters), Known.NONE);
        var given = new HashMap<String, Object>();
        given.put("knownActivities", known.activities());
        given.put("knownLastChange", known.lastChange());
        given.put("knownTotal", known.total());
        return given;
    }

    /** Remembers a count just taken, if the directory it counted has settled. */
    void remember(String statement, Map<String, Object> parameters, Known count) {
        var key = key(statement, parameters);
        if (count.lastChange() != null && count.lastChange().toInstant().isBefore(clock.instant().minus(SETTLED))) {
            counts.put(key, count);
        }
        else {
            counts.invalidate(key);
        }
    }

    /** What the count depends on: the statement and every parameter but the page's. */
    private static Map<String, Object> key(String statement, Map<String, Object> parameters) {
        var key = new HashMap<>(parameters);
        key.remove("skip");
        key.remove("limit");
        key.put("statement", statement);
        return key;
    }
}
