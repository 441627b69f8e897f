package org.hedgerow.openreferral;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network's feed passes the checks of the official ORUK validator (see {@link FeedWalk}). The demo is loaded
 * at start-up into an emptied store; its year of history is left out (the feed shows none of it, and
 * {@link FeedMappingTests} checks that referrals and people never appear).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"hedgerow.demo.enabled=true", "hedgerow.demo.history=false"})
class DemoFeedTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;

    @BeforeAll
    static void emptyStore() {
        EmptyStore.beforeTheAppStarts();
    }

    @Test
    void passesTheValidatorsChecksOnEveryEndpoint() throws Exception {
        long activities = TestGraph.count(neo4j, "MATCH (a:Activity) RETURN count(a)");
        assertThat(activities).as("the demo network was loaded").isGreaterThan(50);

        var walk = new FeedWalk(mvc);
        assertThat(walk.walk()).isEmpty();
        // / + for each of the five lists its pages (1 to 3) and up to ten ids
        assertThat(walk.answers()).isGreaterThanOrEqualTo(1 + 5 + 10 + 2 + 10 + 10 + 10);
    }
}
