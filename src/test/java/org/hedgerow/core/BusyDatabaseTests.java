package org.hedgerow.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Under more load than the database can take (seen at national scale: "Connection pool pending acquisition queue is
 * full"), the answer is a 503 problem with {@code Retry-After}, saying nothing changed, not an opaque 500: the
 * exception leaves the controller (no handler of {@link ApiErrors} takes it) and {@link ApiAdmission} answers it.
 */
class BusyDatabaseTests {

    @RestController
    static class Busy {
        @PostMapping("/api/pool-full")
        void poolFull() {
            throw new TransientDataAccessResourceException("Connection pool pending acquisition queue is full.");
        }

        @PostMapping("/api/database-gone")
        void databaseGone() {
            // what Spring Data Neo4j makes of the driver's error when the server is stopped (DatabaseOutageTests)
            throw new TransientDataAccessResourceException("Connection to the database failed; Error code 'N/A'",
                    new org.neo4j.driver.exceptions.ServiceUnavailableException("Connection refused"));
        }

        @PostMapping("/api/connection-lost")
        void connectionLost() {
            throw new org.neo4j.driver.exceptions.SessionExpiredException("Connection to the database terminated");
        }

        @PostMapping("/api/no-transaction")
        void noTransaction() {
            throw new CannotCreateTransactionException("Could not open a new Neo4j session");
        }

        @org.springframework.web.bind.annotation.GetMapping("/openreferral/services")
        void feedPage() {
            throw new TransientDataAccessResourceException("Connection pool pending acquisition queue is full.");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Busy()).setControllerAdvice(new ApiErrors())
            .addFilters(new ApiAdmission(new ApiAdmission.Limits(32, Duration.ofSeconds(1)), JsonMapper.builder().build()))
            .build();

    @Test
    void aBusyDatabaseIsA503WithRetryAfterAndSaysNothingChanged() throws Exception {
        for (String path : new String[] {"/api/pool-full", "/api/no-transaction"}) {
            mvc.perform(post(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(jsonPath("$.title").value("Busy"))
                    .andExpect(jsonPath("$.detail").value(
                            "Hedgerow is too busy to answer just now and nothing was changed; try again in a moment."));
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503SayingSoWithALongerRetryAfter() throws Exception {
        for (String path : new String[] {"/api/database-gone", "/api/connection-lost"}) {
            mvc.perform(post(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.title").value("Database unavailable"))
                    .andExpect(jsonPath("$.detail").value(ApiAdmission.UNREACHABLE));
        }
    }

    @Test
    void theOpenFeedsBusyAnswerCanBeReadByAnyWebPage() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/openreferral/services")
                        .header("Origin", "https://directory.example"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", "Retry-After"))
                .andExpect(header().string("Retry-After", "1"));
        mvc.perform(post("/api/pool-full").header("Origin", "https://elsewhere.example"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
