package org.hedgerow.core;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Until the app is first ready (the demo loaded), the API and the passkey endpoints answer 503 "starting" and do
 * nothing; then they are let in.
 */
class StartingUpTests {

    final AtomicInteger answered = new AtomicInteger();

    @RestController
    class Endpoints {
        @PostMapping("/api/session")
        String signIn() {
            answered.incrementAndGet();
            return "signed in";
        }

        @GetMapping("/openreferral/services")
        String feed() {
            answered.incrementAndGet();
            return "services";
        }

        @PostMapping({"/webauthn/authenticate/options", "/login/webauthn"})
        String passkeySignIn() {
            answered.incrementAndGet();
            return "passkey";
        }

        @GetMapping({"/index.html", "/actuator/health/readiness"})
        String page() {
            return "page";
        }
    }

    final StartingUp startingUp = new StartingUp(JsonMapper.builder().build());
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints()).addFilters(startingUp).build();

    @Test
    void beforeTheAppIsReadyTheApiSaysItIsStartingAndDoesNothing() throws Exception {
        mvc.perform(post("/api/session"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/starting"))
                .andExpect(jsonPath("$.detail").value(StartingUp.STARTING));
        mvc.perform(get("/openreferral/services"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
        mvc.perform(post(URI.create("/%61pi/session"))).andExpect(status().isServiceUnavailable());
        mvc.perform(post("/webauthn/authenticate/options")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Still starting"));
        mvc.perform(post("/login/webauthn")).andExpect(status().isServiceUnavailable());

        assertThat(answered).hasValue(0);
    }

    @Test
    void theWebAppsFilesAndHealthAreServedWhileStarting() throws Exception {
        mvc.perform(get("/index.html")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void onceReadyTheApiIsLetInForGoodEvenWhenReadinessLaterGoesDown() throws Exception {
        startingUp.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        mvc.perform(post("/api/session")).andExpect(status().isOk());

        startingUp.on(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        mvc.perform(get("/openreferral/services")).andExpect(status().isOk());
        mvc.perform(post("/login/webauthn")).andExpect(status().isOk());
        assertThat(answered).hasValue(3);
    }
}
