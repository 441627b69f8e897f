package org.hedgerow.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * ORUK feeds served from 127.0.0.1 for the import tests: each fixture folder of {@code src/test/resources/oruk} at
 * {@code /<folder>} ({@code /} → api_details.json, {@code /services} → service_list.json, {@code /services/{id}} →
 * service_full.json, {@code /taxonomies}, {@code /taxonomy_terms}), plus feeds that misbehave and generated ones.
 */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, IntFunction<String>> generatedPages = new ConcurrentHashMap<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    /** The base URL of a feed served here, e.g. {@code base("V3.0-UK-Default")}. */
    String base(String feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + feed;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A feed whose services pages are made by {@code pages} (page number → the page's JSON). */
    void generate(String feed, IntFunction<String> pages) {
        generatedPages.put(feed, pages);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var parts = path.substring(1).split("/", 2);
            var feed = parts[0];
            var rest = parts.length > 1 ? "/" + parts[1] : "/";
            var query = exchange.getRequestURI().getQuery();
            int page = query != null && query.matches(".*page=\\d+.*")
                    ? Integer.parseInt(query.replaceAll(".*?(?:^|&)page=(\\d+).*", "$1")) : 1;
            switch (feed) {
                case "slow" -> {
                    sleep(3000);
                    send(exchange, 200, "application/json", "{\"version\": \"HSDS-UK-3.0\"}");
                }
                case "html" -> send(exchange, 200, "text/html", "<html><body>Our directory</body></html>");
                case "broken" -> send(exchange, 200, "application/json", "{\"version\": \"HSDS-UK-3.0\", ");
                case "hsds2" -> send(exchange, 200, "application/json", "{\"version\": \"2.0\"}");
                default -> {
                    var generated = generatedPages.get(feed);
                    if (generated != null) {
                        if (rest.equals("/")) {
                            send(exchange, 200, "application/json", "{\"version\": \"HSDS-UK-3.0\"}");
                        } else if (rest.equals("/services")) {
                            send(exchange, 200, "application/json", generated.apply(page));
                        } else {
                            send(exchange, 404, "application/json", "{}");
                        }
                        return;
                    }
                    var file = switch (rest) {
                        case "/" -> "api_details.json";
                        case "/services" -> "service_list.json";
                        case "/taxonomies" -> "taxonomy_list.json";
                        case "/taxonomy_terms" -> "taxonomy_term_list.json";
                        default -> rest.startsWith("/services/") ? "service_full.json" : null;
                    };
                    var body = file == null ? null : fixture(feed + "/" + file);
                    if (body == null) {
                        send(exchange, 404, "application/json", "{\"message\": \"not found\"}");
                    } else {
                        send(exchange, 200, "application/json", body);
                    }
                }
            }
        }
    }

    static String fixture(String path) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/oruk/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
