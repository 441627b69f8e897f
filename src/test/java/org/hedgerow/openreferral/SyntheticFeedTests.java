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
 * A synthetic network of 10,000 activities (grown at start-up into an emptied store) passes the validator's checks:
 * 200 pages of services, so the middle and last pages are deep ones, and thousands of groups.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"hedgerow.synthetic.activities=10000", "hedgerow.synthetic.seed=18"})
class SyntheticFeedTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;

    @BeforeAll
    static void emptyStore() {
        EmptyStore.beforeTheAppStarts();
    }

    @Test
    void passesTheValidatorsChecksOnEveryEndpoint() throws Exception {
        assertThat(TestGraph.count(neo4j, "MATCH (a:Activity) RETURN count(a)")).isEqualTo(10_000);

        var walk = new FeedWalk(mvc);
        assertThat(walk.walk()).isEmpty();
        // /, then services, organizations, service_at_locations: 3 pages and 10 ids each; taxonomies: 1 page, its 2;
        // taxonomy_terms: 1 page and 10 ids
        assertThat(walk.answers()).isEqualTo(1 + 3 * (3 + 10) + (1 + 2) + (1 + 10));
    }
}
