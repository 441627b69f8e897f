package org.hedgerow.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches one JSON answer from a feed: never follows a redirect (it could lead to a host nobody allowed), gives up
 * after the configured timeouts, reads at most {@code maxPageBytes}, and turns every way of failing into a
 * {@link FeedProblem} a person can act on.
 */
@Component
class FeedClient {

    private final HttpClient http;
    private final ImportProperties properties;
    private final JsonMapper json;

    FeedClient(ImportProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout()).build();
    }

    /** The answer at {@code uri}; {@code null} if the feed says there is no such thing (404), when allowed. */
    JsonNode get(URI uri, boolean missingAllowed) {
        var request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                .header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException slow) {
            throw new FeedProblem(FeedProblem.Kind.TIMEOUT, "url", "the feed did not answer " + uri + " within "
                    + properties.requestTimeout().toSeconds() + " s");
        } catch (ConnectException down) {
            throw new FeedProblem(FeedProblem.Kind.UNREACHABLE, "url", "the feed's server refused the connection ("
                    + uri.getHost() + ":" + uri.getPort() + "): it may be down");
        } catch (IOException failed) {
            throw new FeedProblem(FeedProblem.Kind.UNREACHABLE, "url", "could not fetch " + uri + ": " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FeedProblem(FeedProblem.Kind.UNREACHABLE, "url", "fetching " + uri + " was interrupted");
        }
        try (var body = response.body()) {
            int status = response.statusCode();
            if (status == 404 && missingAllowed) {
                return null;
            }
            if (status >= 300) {
                throw new FeedProblem(status >= 500 ? FeedProblem.Kind.UNREACHABLE : FeedProblem.Kind.NOT_ORUK, "url",
                        "the feed answered " + uri + " with HTTP " + status);
            }
            byte[] bytes = body.readNBytes(properties.maxPageBytes() + 1);
            if (bytes.length > properties.maxPageBytes()) {
                throw new FeedProblem(FeedProblem.Kind.MALFORMED, "url", "the answer to " + uri + " is larger than "
                        + properties.maxPageBytes() + " bytes");
            }
            return parse(bytes, "url", uri.toString());
        } catch (HttpTimeoutException slow) {
            throw new FeedProblem(FeedProblem.Kind.TIMEOUT, "url", "the feed did not finish answering " + uri
                    + " within " + properties.requestTimeout().toSeconds() + " s");
        } catch (IOException failed) {
            throw new FeedProblem(FeedProblem.Kind.UNREACHABLE, "url", "the answer to " + uri + " broke off: "
                    + failed.getMessage());
        }
    }

    /** JSON text as a tree, or a problem naming where it came from. */
    JsonNode parse(byte[] bytes, String field, String where) {
        try {
            return json.readTree(bytes);
        } catch (JacksonException notJson) {
            throw new FeedProblem(FeedProblem.Kind.MALFORMED, field, where + " is not valid JSON: "
                    + notJson.getOriginalMessage());
        }
    }
}
