package org.hedgerow.accounts;

import io.micrometer.core.instrument.MeterRegistry;
import org.hedgerow.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Security's own observations (a timer around the filter chain, each authorization and authentication) are
 * switched off ({@code management.observations.enable.spring.security: false}): a tenth of a cheap read's time on
 * the request thread went to them (JFR, the path benchmark), and nothing reads them. Requests are still measured.
 */
class SecurityObservationsTests extends ApiTest {

    @Autowired MeterRegistry meters;

    @Test
    void aSignedInRequestIsMeasuredButSpringSecurityObservesNothing() throws Exception {
        browsers.request("lee", HttpMethod.GET, "/api/session", null).andExpect(status().isOk());

        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .as("the request itself is still measured").contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }
}
