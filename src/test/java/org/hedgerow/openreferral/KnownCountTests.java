package org.hedgerow.openreferral;

import org.hedgerow.GraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A broad filter's count is taken once while the directory stays as it was ({@link KnownCounts}), and again as soon as
 * an activity is added, removed or changed, on {@link FeedGraph} (one activity meets on Saturdays: the choir).
 */
@SpringBootTest
@AutoConfigureMockMvc
class KnownCountTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void graph() {
        FeedGraph.create(neo4j);
    }

    @Test
    void aCountIsTakenAgainWhenAnActivityChangesAndNotBefore() throws Exception {
        assertThat(saturdays()).isEqualTo(1);

        // a change that does not stamp updatedAt (no writer in the app makes one) is not counted until one that does:
        // proof that the count was remembered, not taken again
        stampless("Friday friendship walk");
        assertThat(saturdays()).as("remembered").isEqualTo(1);

        neo4j.query("MATCH (a:Activity {name: 'Young walkers'}) SET a.days = a.days + 'SATURDAY', a.updatedAt = datetime()")
                .run();
        assertThat(saturdays()).as("counted again after a change: the walk and the young walkers too").isEqualTo(3);

        // a count taken within a minute of the latest change is not remembered (an edit stamped earlier may still be
        // committing): the next request counts again and sees a change made meanwhile without a stamp
        stampless("Old walk");
        assertThat(saturdays()).as("not remembered so soon after a change").isEqualTo(4);
    }

    @Test
    void anActivityAddedOrRemovedIsCounted() throws Exception {
        assertThat(saturdays()).isEqualTo(1);
        neo4j.query("""
                MATCH (g:Group {id: 'g-walkers'}), (v:Venue {id: 'v-strutt'})
                CREATE (g)-[:RUNS]->(:Activity {id: 'a-new', name: 'Saturday stroll', days: ['SATURDAY'],
                        updatedAt: datetime('2020-01-01T00:00:00Z')})-[:HELD_AT]->(v)""").run();
        assertThat(saturdays()).as("an older stamp than the latest, but one more activity").isEqualTo(2);

        neo4j.query("MATCH (a:Activity {id: 'a-new'}) DETACH DELETE a").run();
        stampless("Friday friendship walk");
        neo4j.query("MATCH (a:Activity {id: 'a-old'}) DETACH DELETE a").run();
        assertThat(saturdays()).as("one fewer activity: counted again").isEqualTo(2);
    }

    @Test
    void eachFilterHasItsOwnCount() throws Exception {
        assertThat(saturdays()).isEqualTo(1);
        assertThat(total("/openreferral/services?day=FR")).isEqualTo(1);
        assertThat(total("/openreferral/services?day=SA&per_page=1&page=1")).as("the page is not part of it").isEqualTo(1);
        assertThat(total("/openreferral/services?minimum_age=18")).isEqualTo(2);
        assertThat(total("/openreferral/services?taxonomy_id=" + Taxonomies.NEEDS_ID)).isEqualTo(3);
    }

    private void stampless(String name) {
        neo4j.query("MATCH (a:Activity {name: $name}) SET a.days = ['SATURDAY']").bind(name).to("name").run();
    }

    private long saturdays() throws Exception {
        return total("/openreferral/services?day=SA");
    }

    private long total(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body).path("total_items").asLong();
    }
}
