package org.hedgerow.core;

import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Under more load than the database can take (seen at national scale: "Connection pool pending acquisition queue is
 * full"), the answer is a 503 problem with {@code Retry-After}, saying nothing changed, not an opaque 500.
 */
class BusyDatabaseTests {

    @RestController
    static class Busy {
        @PostMapping("/pool-full")
        void poolFull() {
            throw new TransientDataAccessResourceException("Connection pool pending acquisition queue is full.");
        }

        @PostMapping("/no-transaction")
        void noTransaction() {
            throw new CannotCreateTransactionException("Could not open a new Neo4j session");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Busy()).setControllerAdvice(new ApiErrors()).build();

    @Test
    void aBusyDatabaseIsA503WithRetryAfterAndSaysNothingChanged() throws Exception {
        for (String path : new String[] {"/pool-full", "/no-transaction"}) {
            mvc.perform(post(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(jsonPath("$.title").value("Busy"))
                    .andExpect(jsonPath("$.detail").value(
                            "Hedgerow is too busy to answer just now and nothing was changed; try again in a moment."));
        }
    }
}
