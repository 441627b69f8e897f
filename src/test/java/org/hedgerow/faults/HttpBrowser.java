package org.hedgerow.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;

/**
 * A browser of a Hedgerow running in another process: keeps the session and CSRF cookies by hand (they are Secure
 * and the app under test is plain http) and sends the CSRF token back as the web app does.
 */
final class HttpBrowser {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private String session;
    private String csrf;

    HttpBrowser(int port) {
        this.port = port;
    }

    /** A browser signed in as {@code username}, or failing. */
    static HttpBrowser signedIn(int port, String username, String password) throws Exception {
        var browser = new HttpBrowser(port);
        browser.send("GET", "/api/session", null);
        var signedIn = browser.send("POST", "/api/session", """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
        if (signedIn.statusCode() != 200) {
            throw new AssertionError("sign-in as " + username + " failed: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return browser;
    }

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

    /** True when anything answers on the port with a 2xx at {@code path}. */
    static boolean answers(int port, String path) {
        try {
            return new HttpBrowser(port).send("GET", path, null).statusCode() / 100 == 2;
        }
        catch (Exception notYet) {
            return false;
        }
    }

    private String cookies() {
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
