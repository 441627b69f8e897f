package org.hedgerow.live;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hedgerow.TestAccounts;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real clients of a running app, as a browser is: an HTTP "browser" that signs in with the session and CSRF
 * cookies (handled by hand, as they are Secure and the test server is plain http), and real STOMP sessions
 * over {@code ws://…/ws} opened with that browser's cookies.
 */
final class LiveClients implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocketStompClient stomp;
    private final List<StompSession> sessions = new CopyOnWriteArrayList<>();

    LiveClients(int port) {
        this.port = port;
        this.stomp = new WebSocketStompClient(new StandardWebSocketClient());
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        stomp.setTaskScheduler(scheduler);
        stomp.setDefaultHeartbeat(new long[] {0, 0});
    }

    /** A browser with the CSRF cookie, signed in as {@code username} unless it is null. */
    Browser browser(String username) throws Exception {
        return browser(username, TestAccounts.PASSWORD);
    }

    Browser browser(String username, String password) throws Exception {
        var browser = new Browser();
        browser.send("GET", "/api/session", null);
        if (username != null) {
            var signedIn = browser.send("POST", "/api/session", """
                    {"username": "%s", "password": "%s"}""".formatted(username, password));
            if (signedIn.statusCode() != 200) {
                throw new AssertionError("sign-in as " + username + " failed: " + signedIn.body());
            }
        }
        return browser;
    }

    /** A STOMP session for this browser; CONNECT carries its CSRF token unless {@code withCsrf} is false. */
    Listener connect(Browser browser, boolean withCsrf) throws Exception {
        var listener = new Listener();
        var handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", browser.cookies());
        var connect = new StompHeaders();
        if (withCsrf) {
            connect.add("X-XSRF-TOKEN", browser.csrf);
        }
        var future = stomp.connectAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), handshake, connect, listener);
        try {
            listener.session = future.get(10, TimeUnit.SECONDS);
            sessions.add(listener.session);
        } catch (Exception refused) {
            listener.refused = refused;
        }
        return listener;
    }

    Listener connect(Browser browser) throws Exception {
        return connect(browser, true);
    }

    @Override
    public void close() {
        for (var session : sessions) {
            try {
                session.disconnect();
            } catch (RuntimeException closedByTheServer) {
                // refused sessions are closed by the server, sometimes while we look
            }
        }
        stomp.stop();
    }

    /** Cookies kept by hand: the session id and the CSRF token, each replaced when the server sends a new one. */
    final class Browser {
        private String session;
        private String csrf;

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .timeout(Duration.ofSeconds(20));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (!cookies().isEmpty()) {
                request.header("Cookie", cookies());
            }
            if (csrf != null) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var cookie : response.headers().allValues("Set-Cookie")) {
                var value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
                if (cookie.startsWith("JSESSIONID=")) {
                    session = value.isEmpty() ? null : value;
                } else if (cookie.startsWith("XSRF-TOKEN=")) {
                    csrf = value.isEmpty() ? null : value;
                }
            }
            return response;
        }

        JsonNode json(String method, String path, String json) throws Exception {
            var response = send(method, path, json);
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " → " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        }

        /** The CSRF token this browser holds (its XSRF-TOKEN cookie). */
        String csrf() {
            return csrf;
        }

        String cookies() {
            var cookies = new ArrayList<String>();
            if (session != null) {
                cookies.add("JSESSIONID=" + session);
            }
            if (csrf != null) {
                cookies.add("XSRF-TOKEN=" + csrf);
            }
            return String.join("; ", cookies);
        }
    }

    /** One STOMP session: what arrives on each subscription, and the ERROR frames the server sent. */
    static final class Listener extends StompSessionHandlerAdapter {
        StompSession session;
        Exception refused;
        /** When the connection was lost (the server closed it, or the network failed). */
        volatile java.time.Instant lostAt;
        final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        /** Subscribes and waits for the server to confirm (a RECEIPT), so a later change cannot be missed. */
        Inbox subscribe(String destination) throws Exception {
            var inbox = new Inbox(destination);
            var headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setReceipt("r-" + destination);
            var receipt = new java.util.concurrent.CompletableFuture<Boolean>();
            var subscription = session.subscribe(headers, inbox);
            subscription.addReceiptTask(() -> receipt.complete(true));
            subscription.addReceiptLostTask(() -> receipt.complete(false));
            inbox.confirmed = receipt.get(10, TimeUnit.SECONDS);
            return inbox;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            var text = headers.getFirst("message");
            errors.add(text == null ? new String((byte[]) payload, StandardCharsets.UTF_8) : text);
        }

        @Override
        public void handleException(StompSession session, org.springframework.messaging.simp.stomp.StompCommand command,
                                    StompHeaders headers, byte[] payload, Throwable exception) {
            failures.add(exception);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            if (lostAt == null) {
                lostAt = java.time.Instant.now();
            }
            failures.add(exception);
        }

        String nextError() throws InterruptedException {
            return errors.poll(10, TimeUnit.SECONDS);
        }
    }

    /** The messages of one subscription, as JSON, in arrival order. */
    static final class Inbox implements StompFrameHandler {
        final String destination;
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        boolean confirmed;

        Inbox(String destination) {
            this.destination = destination;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            messages.add(JSON.readTree((byte[]) payload));
        }

        /** The next message, waiting up to ten seconds; fails if none comes. */
        JsonNode next() throws InterruptedException {
            var message = messages.poll(10, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message on " + destination);
            }
            return message;
        }

        /** The next message of this type, skipping others (e.g. a network summary between two changes). */
        JsonNode next(String type) throws InterruptedException {
            for (int i = 0; i < 20; i++) {
                var message = next();
                if (type.equals(message.get("type").asString())) {
                    return message;
                }
            }
            throw new AssertionError("no " + type + " on " + destination);
        }

        /**
         * The first message of each type, in whatever order they come (sent by different instances, each after its
         * own commit, two messages have no order between them), skipping others.
         */
        java.util.Map<String, JsonNode> nextOfEach(String... types) throws InterruptedException {
            var found = new java.util.HashMap<String, JsonNode>();
            var wanted = java.util.List.of(types);
            for (int i = 0; i < 20 && found.size() < wanted.size(); i++) {
                var message = next();
                String type = message.get("type").asString();
                if (wanted.contains(type)) {
                    found.putIfAbsent(type, message);
                }
            }
            if (found.size() < wanted.size()) {
                throw new AssertionError("only " + found.keySet() + " of " + wanted + " on " + destination);
            }
            return found;
        }
    }
}
