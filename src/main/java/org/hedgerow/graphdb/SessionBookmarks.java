package org.hedgerow.graphdb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Bookmark;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Read-your-own-writes across app instances on a Neo4j <em>cluster</em> ({@code hedgerow.neo4j.session-bookmarks=true}):
 * the bookmarks of the graph's state a person's requests have seen travel in their HTTP session, so the next
 * request, on whichever instance, starts every transaction from at least that state, even when a read-only
 * transaction is routed to a secondary that is a little behind.
 * <p>
 * Spring Data Neo4j's transaction manager and {@code Neo4jClient} both take the app's one {@link Neo4jBookmarkManager}
 * bean: its supplier adds the session's bookmarks to those this instance has seen, and each update (after every
 * commit) is written back to the session of the request that committed. With shared sessions (Redis) the other
 * instances see them at once. Off by default: with one Neo4j server (embedded, or one external server) every
 * transaction already sees every commit before it, and a bookmark carried from a store that was since replaced
 * would only make that person's requests wait for a state the new store never reaches. See docs/architecture.md,
 * "Neo4j beyond one server".
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hedgerow.neo4j.session-bookmarks", havingValue = "true")
class SessionBookmarks {

    static final String ATTRIBUTE = SessionBookmarks.class.getName();

    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager() {
        return Neo4jBookmarkManager.create(SessionBookmarks::ofThisRequest);
    }

    /** After a commit on a request's thread: the session (if the person has one) remembers where the graph got to. */
    @EventListener
    void updated(Neo4jBookmarksUpdatedEvent event) {
        var session = session();
        if (session == null) {
            return;
        }
        var values = values(event.getBookmarks());
        if (!values.equals(session.getAttribute(ATTRIBUTE))) {
            session.setAttribute(ATTRIBUTE, values);
        }
    }

    /** The bookmarks the current request's session carries, for the transaction about to begin. */
    static Set<Bookmark> ofThisRequest() {
        var session = session();
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof List<?> values)) {
            return Set.of();
        }
        return values.stream().map(String::valueOf).map(Bookmark::from).collect(Collectors.toUnmodifiableSet());
    }

    private static ArrayList<String> values(Collection<Bookmark> bookmarks) {
        // a plain serialisable list of strings: the session may be stored in Redis and read by another instance
        return bookmarks.stream().map(Bookmark::value).sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    private static @Nullable HttpSession session() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getSession(false);
        }
        return null;
    }
}
