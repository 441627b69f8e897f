package org.hedgerow.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pause (a backup stopping the database) starts only once no request is at work, turns the ones arriving meanwhile
 * away as Busy, and does not wait for the request that asked for it.
 */
class ApiPauseTests {

    final CountDownLatch inside = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean pausedFromRequest = new AtomicBoolean();
    ApiAdmission admission = new ApiAdmission(new ApiAdmission.Limits(4, Duration.ofMillis(50)),
            JsonMapper.builder().build());

    @RestController
    class Requests {
        @GetMapping("/api/slow")
        String slow() throws InterruptedException {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }

        @GetMapping("/api/fast")
        String fast() {
            return "fast";
        }

        @GetMapping("/api/backup")
        String backup() {
            return admission.whileStill(Duration.ofSeconds(1), () -> {
                pausedFromRequest.set(true);
                return "taken";
            });
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Requests()).addFilters(admission).build();

    @Test
    void aPauseWaitsForTheRequestsAtWorkAndTurnsNewOnesAwayAsBusy() throws Exception {
        var slow = CompletableFuture.runAsync(() -> perform("/api/slow"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        var ranWhileSlowWasAtWork = new AtomicBoolean();
        var pause = CompletableFuture.runAsync(() -> admission.whileStill(Duration.ofSeconds(5), () -> {
            ranWhileSlowWasAtWork.set(!slow.isDone());
            try {
                mvc.perform(get("/api/fast")).andExpect(status().isServiceUnavailable())
                        .andExpect(jsonPath("$.title").value("Busy"));
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            return null;
        }));
        Thread.sleep(200);
        assertThat(pause).as("the pause waits for the request at work").isNotDone();
        release.countDown();
        pause.get(5, TimeUnit.SECONDS);
        assertThat(ranWhileSlowWasAtWork).isFalse();
        mvc.perform(get("/api/fast")).andExpect(status().isOk());
    }

    @Test
    void aPauseThatCannotGetTheApiStillDoesNothing() throws Exception {
        var slow = CompletableFuture.runAsync(() -> perform("/api/slow"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        var ran = new AtomicBoolean();
        assertThatThrownBy(() -> admission.whileStill(Duration.ofMillis(100), () -> ran.getAndSet(true)))
                .isInstanceOf(ApiPause.NotStill.class);
        assertThat(ran).isFalse();
        release.countDown();
        slow.get(5, TimeUnit.SECONDS);
        mvc.perform(get("/api/fast")).andExpect(status().isOk());
    }

    @Test
    void aPauseAskedForByARequestDoesNotWaitForThatRequest() throws Exception {
        mvc.perform(get("/api/backup")).andExpect(status().isOk());
        assertThat(pausedFromRequest).isTrue();
        mvc.perform(get("/api/fast")).andExpect(status().isOk());
    }

    private void perform(String path) {
        try {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
