package org.hedgerow.imports;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The hosts an admin allows feeds to be fetched from, kept in the graph. A user's say-so never makes the app fetch
 * from anywhere else: the URL's host must be on the list, and if it resolves to a loopback, private or link-local
 * address (the app's own network), that address itself must be on the list too, so allowing a public name does not
 * let it be pointed inside by its DNS.
 */
@Component
class FeedHosts {

    private static final String LIST = """
            MATCH (h:AllowedFeedHost)
            RETURN h {.host, .addedBy, addedAt: h.addedAt} AS host ORDER BY h.host
            """;

    private static final String ALLOW = """
            MERGE (h:AllowedFeedHost {host: $host})
            ON CREATE SET h.addedAt = datetime(), h.addedBy = $by
            """;

    private static final String REMOVE = "MATCH (h:AllowedFeedHost {host: $host}) DELETE h RETURN count(*) AS removed";

    private static final String ALLOWED = "RETURN EXISTS { (:AllowedFeedHost {host: $host}) } AS allowed";

    /** An allowed host, who allowed it and when. */
    record AllowedHost(String host, @Nullable String addedBy, @Nullable Instant addedAt) {
    }

    private final Neo4jClient neo4j;

    FeedHosts(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<AllowedHost> list() {
        return List.copyOf(Rows.fetch(neo4j.query(LIST), "host", AllowedHost.class).all());
    }

    AllowedHost allow(String host, String by) {
        var name = normalise(host);
        if (name.contains(":")) { // the request's pattern lets IPv6 through by its letters; this by its form
            try {
                InetAddress.ofLiteral(name);
            }
            catch (IllegalArgumentException notAnAddress) {
                throw new InvalidRequestException("host", "is not an IPv6 address (nor a host name): " + host.strip());
            }
        }
        neo4j.query(ALLOW).bind(name).to("host").bind(by).to("by").run();
        return list().stream().filter(allowed -> allowed.host().equals(name)).findFirst().orElseThrow();
    }

    boolean remove(String host) {
        return neo4j.query(REMOVE).bind(normalise(host)).to("host").fetchAs(Long.class).one().orElse(0L) > 0;
    }

    /** The feed's base URL, checked: http(s), an allowed host, and no internal address unless allowed by address. */
    URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException notAUri) {
            throw new FeedProblem(FeedProblem.Kind.MALFORMED, "url", "is not a web address: " + url);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FeedProblem(FeedProblem.Kind.MALFORMED, "url", "must be an http:// or https:// address: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw new FeedProblem(FeedProblem.Kind.MALFORMED, "url", "must not carry a user name or password");
        }
        var host = normalise(uri.getHost());
        if (!allowed(host)) {
            throw new FeedProblem(FeedProblem.Kind.HOST_NOT_ALLOWED, "url",
                    host + " is not on the list of feed hosts an admin has allowed");
        }
        try {
            for (var address : InetAddress.getAllByName(host)) {
                if (internal(address) && !allowed(normalise(address.getHostAddress()))) {
                    throw new FeedProblem(FeedProblem.Kind.HOST_NOT_ALLOWED, "url", host + " resolves to the internal "
                            + "address " + address.getHostAddress() + ", which an admin has not allowed");
                }
            }
        } catch (UnknownHostException unknown) {
            throw new FeedProblem(FeedProblem.Kind.UNREACHABLE, "url", "no such host: " + host);
        }
        return uri;
    }

    private boolean allowed(String host) {
        return neo4j.query(ALLOWED).bind(host).to("host").fetchAs(Boolean.class).one().orElse(false);
    }

    private static boolean internal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                // IPv6 unique local addresses (fc00::/7) are private too
                || address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    static String normalise(String host) {
        var name = host.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}
