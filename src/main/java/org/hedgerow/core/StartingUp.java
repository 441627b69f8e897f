package org.hedgerow.core;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the API (the app's {@code /api}, the public feed, and the passkey endpoints Spring Security serves beside
 * it) 503 "starting", with {@code Retry-After}, until the app is first ready. The web server starts before the runners, and on a first start the demo network with its year loads
 * after it (about 20 s on 2 cores), so without this a person who opened the page at "Started" was told the demo
 * password was wrong and shown an empty network. Readiness going up (after the runners) lets the API in for good;
 * the web app's own files and the health endpoints are served throughout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartingUp extends OncePerRequestFilter {

    static final String STARTING = "Hedgerow is still starting (on a first start it loads the demo network, which "
            + "takes about 20 seconds) and nothing was changed; try again in a few seconds.";

    private final JsonMapper json;
    private volatile boolean ready;

    StartingUp(JsonMapper json) {
        this.json = json;
    }

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready = true;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready || !(ApiPaths.api(request) || ApiPaths.passkeys(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiAdmission.refuse(json, request, response, "starting", "Still starting", STARTING, 5);
    }
}
