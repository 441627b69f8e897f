package org.hedgerow.demo;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestBrowsers;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calibration written to a store and read back through the outcomes API, scaled down (300 people, 12 services,
 * of which the place has 2 and 10 are added): the view shows exactly the figures asked for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalibratedOutcomesTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired CalibratedOutcomes calibration;

    @BeforeEach
    void placeWithTwoGroupsAndALinkWorker() {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                MATCH (walkers:Group {id: $own}), (choir:Group {id: $other})
                CREATE (:Category {code: 'WALKING', name: 'Walking', green: true})
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness'})
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-walk', name: 'Walk', status: 'ACTIVE'})
                       -[:HELD_AT]->(:Venue {id: 'v-strutt', name: 'Strutt Centre'})-[:IN]->(belper)
                CREATE (choir)-[:RUNS]->(:Activity {id: 'a-sing', name: 'Sing', status: 'ACTIVE'})
                       -[:HELD_AT]->(:Venue {id: 'v-hall', name: 'Victoria Hall'})-[:IN]->(glossop)
                """).bind(TestAccounts.OWN_GROUP).to("own").bind(TestAccounts.OTHER_GROUP).to("other").run();
    }

    @Test
    void theOutcomesViewReproducesTheCalibratedFigures() throws Exception {
        var target = new CalibrationProperties(true, "DDICS", 300, 12, 0.76, -9, 2023);
        assertThat(calibration.calibrate(target)).isEqualTo(300);

        new TestBrowsers(mvc).request("ada", HttpMethod.GET, "/api/insights/outcomes", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("DDICS"))
                .andExpect(jsonPath("$.peopleSupported").value(300))
                .andExpect(jsonPath("$.servicesUsed").value(12))
                .andExpect(jsonPath("$.wellbeingAnswered").value(200))
                .andExpect(jsonPath("$.wellbeingImprovedShare").value(0.76))
                .andExpect(jsonPath("$.gpAppointmentsChange").value(-9.0));
        assertThat(calibration.calibrate(target)).as("written once").isZero();
    }
}
