package org.hedgerow.core;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admission limit is in the real app, from its settings, ahead of sign-in: with no turns at all, every API request
 * is turned away as busy, anonymous or not, while the health check is still answered.
 */
@SpringBootTest(properties = {"hedgerow.api.max-concurrent=0", "hedgerow.api.max-wait=0s"})
@AutoConfigureMockMvc
class ApiAdmissionWiringTests extends GraphTest {

    @Autowired MockMvc mvc;

    @Test
    void theAppLetsNoApiRequestInWhenItHasNoTurnsToGive() throws Exception {
        mvc.perform(get("/api/network/summary"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detail").value(ApiAdmission.BUSY));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
