package org.hedgerow.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hedgerow's own Open Referral UK feed, imported into a Hedgerow whose directory is empty, gives the same directory:
 * the same groups running the same activities at the same venues, on the same timetables, at the same cost, for the
 * same ages, filed under the same categories and needs.
 */
class RoundTripTests extends ImportTest {

    /** A small public directory in Belper: weekly, fortnightly and monthly; free, a fee and reduced. */
    private static final String DIRECTORY = """
            MATCH (belper:Locality {code: 'BELPER'})
            MATCH (stress:Need {code: 'STRESS'}), (lonely:Need {code: 'LONELINESS'}), (talking:Category {code: 'TALKING'})
            CREATE (walking:Category {code: 'WALKING', name: 'Walking', green: true, status: 'ACTIVE', version: 0})
            CREATE (mill:Venue {id: 'v-rt-mill', name: 'North Mill', address: 'Bridgefoot, Belper', postcode: 'DE56 1YD',
                    location: point({latitude: 53.0262, longitude: -1.4868}), accessibility: ['step-free'],
                    status: 'ACTIVE', version: 0})-[:IN]->(belper)
            CREATE (walkers:Group {id: 'g-rt-walkers', name: 'RT Riverside Walkers', description: 'Walks by the Derwent',
                    website: 'https://walkers.example.org', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
            CREATE (talkers:Group {id: 'g-rt-talkers', name: 'RT Talk It Over', description: 'Listening, not fixing',
                    status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
            CREATE (walkers)-[:RUNS]->(walk:Activity {id: 'a-rt-walk', name: 'Friday river walk',
                    description: 'A gentle stroll along the river', status: 'ACTIVE', days: ['FRIDAY'],
                    frequency: 'WEEKLY', startTime: localtime('10:00'), endTime: localtime('11:30'), cost: 'FREE',
                    capacity: 20, spacesLeft: 20, version: 0, updatedAt: datetime('2026-11-01T09:00:00Z')})-[:HELD_AT]->(mill)
            CREATE (walk)-[:IN_CATEGORY]->(walking), (walk)-[:SUPPORTS]->(lonely)
            CREATE (walkers)-[:RUNS]->(monthly:Activity {id: 'a-rt-monthly', name: 'First Saturday hill walk',
                    description: 'A longer walk once a month', status: 'ACTIVE', days: ['SATURDAY'], frequency: 'MONTHLY',
                    weekOfMonth: 1, startTime: localtime('09:30'), endTime: localtime('13:00'), cost: 'FEE',
                    costNote: '£2 towards the minibus', minimumAge: 18, capacity: 12, spacesLeft: 12, version: 0,
                    updatedAt: datetime('2026-10-01T09:00:00Z')})-[:HELD_AT]->(mill)
            CREATE (monthly)-[:IN_CATEGORY]->(walking), (monthly)-[:SUPPORTS]->(stress)
            CREATE (talkers)-[:RUNS]->(cafe:Activity {id: 'a-rt-cafe', name: 'Tuesday talking cafe',
                    description: 'Tea and a listening ear', status: 'ACTIVE', days: ['TUESDAY', 'THURSDAY'],
                    frequency: 'FORTNIGHTLY', startTime: localtime('14:00'), endTime: localtime('16:00'), cost: 'REDUCED',
                    costNote: 'Pay what you can', minimumAge: 16, maximumAge: 25, capacity: 8, spacesLeft: 8, version: 0,
                    updatedAt: datetime('2026-09-01T09:00:00Z')})-[:HELD_AT]->(mill)
            CREATE (cafe)-[:IN_CATEGORY]->(talking), (cafe)-[:SUPPORTS]->(lonely), (cafe)-[:SUPPORTS]->(stress)
            """;

    /** The directory as people see it, without any ids. */
    private static final String AS_SEEN = """
            MATCH (g:Group)-[:RUNS]->(a:Activity {status: 'ACTIVE'})-[:HELD_AT]->(v:Venue)-[:IN]->(l:Locality)
            WHERE g.name STARTS WITH 'RT '
            RETURN g.name + ' | ' + coalesce(g.description, '') + ' | ' + a.name + ' | ' + a.description + ' | '
                   + v.name + ' ' + coalesce(v.postcode, '') + ' in ' + l.code + ' | ' + coalesce(a.frequency, '') + ' '
                   + coalesce(toString(a.weekOfMonth), '') + ' ' + reduce(s = '', d IN a.days | s + d + ' ')
                   + coalesce(toString(a.startTime), '') + '-' + coalesce(toString(a.endTime), '') + ' | ' + a.cost
                   + ' ' + coalesce(a.costNote, '') + ' | ages ' + coalesce(toString(a.minimumAge), '') + '-'
                   + coalesce(toString(a.maximumAge), '') + ' | '
                   + reduce(s = '', c IN COLLECT { MATCH (a)-[:IN_CATEGORY]->(c) RETURN c.code ORDER BY c.code } | s + c + ' ')
                   + '| ' + reduce(s = '', n IN COLLECT { MATCH (a)-[:SUPPORTS]->(n) RETURN n.code ORDER BY n.code } | s + n + ' ')
                   AS listing
            ORDER BY listing
            """;

    @Test
    void hedgerowsOwnFeedImportedIntoAnEmptyHedgerowGivesTheSameDirectory() throws Exception {
        neo4j.query(DIRECTORY).run();
        var before = directory();
        assertThat(before).hasSize(3);

        // The feed as any reader gets it, two services a page so that the import follows pages.
        Map<Integer, String> pages = new HashMap<>();
        for (int page = 1; page <= 2; page++) {
            pages.put(page, mvc.perform(get("/openreferral/services").param("page", String.valueOf(page))
                    .param("per_page", "2")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        assertThat(json.readTree(pages.get(1)).get("total_items").asInt()).isEqualTo(3);
        feeds.generate("hedgerow", page -> pages.getOrDefault(page, pages.get(1)));

        neo4j.query("""
                MATCH (g:Group) WHERE g.name STARTS WITH 'RT '
                OPTIONAL MATCH (g)-[:RUNS]->(a:Activity)
                OPTIONAL MATCH (v:Venue {id: 'v-rt-mill'})
                DETACH DELETE g, a, v
                """).run();
        assertThat(directory()).isEmpty();

        var id = dryRunUrl("fran", feeds.base("hedgerow"));
        var dryRun = view(id);
        assertThat(counts(dryRun).get("services").asLong()).isEqualTo(3);
        assertThat(counts(dryRun).get("rejected").asLong()).isZero();
        assertThat(counts(dryRun).get("added").asLong()).isEqualTo(3);
        apply(id);

        assertThat(directory()).isEqualTo(before);
    }

    private List<String> directory() {
        return neo4j.query(AS_SEEN).fetchAs(String.class).all().stream().toList();
    }
}
