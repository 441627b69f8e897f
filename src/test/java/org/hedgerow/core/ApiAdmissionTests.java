package org.hedgerow.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** More API requests than may work at once wait briefly for a turn, then get a 503 with Retry-After. */
class ApiAdmissionTests {

    final CountDownLatch inside = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @RestController
    class Slow {
        @GetMapping({"/api/slow", "/slow"})
        String slow() throws InterruptedException {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }

        @GetMapping("/api/fast")
        String fast() {
            return "fast";
        }
    }

    private MockMvc mvc(ApiAdmission admission) {
        return MockMvcBuilders.standaloneSetup(new Slow()).addFilters(admission).build();
    }

    private static ApiAdmission oneAtATime() {
        return new ApiAdmission(new ApiAdmission.Limits(1, Duration.ofMillis(50)), JsonMapper.builder().build());
    }

    @Test
    void aRequestBeyondTheLimitWaitsItsTurnThenIsTurnedAwayAsBusy() throws Exception {
        var mvc = mvc(oneAtATime());
        var first = CompletableFuture.runAsync(() -> {
            try {
                mvc.perform(get("/api/slow")).andExpect(status().isOk());
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        mvc.perform(get("/api/fast"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.title").value("Busy"))
                .andExpect(jsonPath("$.detail").value(ApiAdmission.BUSY))
                .andExpect(jsonPath("$.instance").value("/api/fast"));
        // However the path is spelt, the API's requests wait their turn.
        mvc.perform(get(java.net.URI.create("/%61pi/fast"))).andExpect(status().isServiceUnavailable());

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        mvc.perform(get("/api/fast")).andExpect(status().isOk());
    }

    @Test
    void onlyTheApiIsLimited() throws Exception {
        var mvc = mvc(oneAtATime());
        var first = CompletableFuture.runAsync(() -> {
            try {
                mvc.perform(get("/slow")).andExpect(status().isOk());
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        mvc.perform(get("/api/fast")).andExpect(status().isOk());
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aDatabaseTooBusyAnywhereInTheRequestIsA503AndGivesItsTurnBack() throws Exception {
        var admission = oneAtATime();
        var busyDatabase = MockMvcBuilders.standaloneSetup(new Slow()).addFilters(admission, (request, response, chain) -> {
            throw new TransientDataAccessResourceException("Connection pool pending acquisition queue is full.");
        }).build();
        busyDatabase.perform(get("/api/fast"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(ApiAdmission.BUSY));
        mvc(admission).perform(get("/api/fast")).andExpect(status().isOk());
    }
}
