package org.hedgerow.search;

import java.util.Optional;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An app that declares its own geocoder uses it instead of the offline postcode districts. */
@SpringBootTest
@AutoConfigureMockMvc
class GeocoderReplacementTests extends GraphTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class PreciseGeocoder {

        /** Knows one full postcode exactly (the Strutt Centre's) and no district. */
        @Bean
        Geocoder preciseGeocoder() {
            return postcode -> postcode.toString().equals("DE56 1UU")
                    ? Optional.of(new Geocoder.Location(53.0208, -1.4812, "The Strutt Centre"))
                    : Optional.empty();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired ApplicationContext context;

    @BeforeEach
    void buildTheNetwork() {
        SearchGraph.create(neo4j);
    }

    @Test
    void anotherGeocoderBeanReplacesTheDefault() throws Exception {
        assertThat(context.getBeansOfType(Geocoder.class)).containsOnlyKeys("preciseGeocoder");

        mvc.perform(get("/api/activities/search").param("postcode", "de56 1uu").param("radiusKm", "0.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.near.place").value("The Strutt Centre"))
                .andExpect(jsonPath("$.items[0].name").value(SearchGraph.COFFEE_MORNING))
                .andExpect(jsonPath("$.items[0].distanceMetres").value(0))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/activities/search").param("postcode", "DE56"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.postcode").value(org.hamcrest.Matchers.startsWith("We do not know where DE56 is")));
    }
}
