package org.hedgerow;

import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The {@link TestAccounts} network with somewhere to meet and something to do: two venues, two categories,
 * two needs and an activity for each group. Requests go through the real API as one of the fixture's people.
 */
public abstract class DirectoryApiTest extends ApiTest {

    protected static final String BELPER_WALK = "a-belper-walk";
    protected static final String GLOSSOP_SING = "a-glossop-sing";
    protected static final String STRUTT_CENTRE = "v-strutt";
    protected static final String GLOSSOP_HALL = "v-glossop-hall";

    @BeforeEach
    void createNetwork() {
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                CREATE (walking:Category {code: 'WALKING', name: 'Walking', green: true, version: 0})
                CREATE (arts:Category {code: 'ARTS', name: 'Arts and crafts', green: false, version: 0})
                CREATE (lonely:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (:Need {code: 'INACTIVITY', name: 'Inactivity', version: 0})
                CREATE (strutt:Venue {id: $strutt, name: 'Strutt Centre', postcode: 'DE56 1AB', status: 'ACTIVE',
                        location: point({latitude: 53.0238, longitude: -1.4818}), accessibility: ['step-free access'],
                        version: 0})-[:IN]->(belper)
                CREATE (hall:Venue {id: $hall, name: 'Glossop Victoria Hall', postcode: 'SK13 8AF', status: 'ACTIVE',
                        location: point({latitude: 53.4431, longitude: -1.9489}), accessibility: [], version: 0})-[:IN]->(glossop)
                CREATE (walkers)-[:RUNS]->(walk:Activity {id: $walk, name: 'Tuesday towpath walk', status: 'ACTIVE',
                        days: ['TUESDAY'], frequency: 'WEEKLY', startTime: localtime('10:00'), endTime: localtime('11:30'),
                        capacity: 12, spacesLeft: 3, cost: 'FREE', updatedAt: datetime(), version: 0})-[:HELD_AT]->(strutt)
                CREATE (walk)-[:IN_CATEGORY]->(walking), (walk)-[:SUPPORTS]->(lonely)
                CREATE (choir)-[:RUNS]->(sing:Activity {id: $sing, name: 'Community singing', status: 'ACTIVE',
                        days: ['THURSDAY'], frequency: 'WEEKLY', startTime: localtime('19:00'), endTime: localtime('21:00'),
                        cost: 'REDUCED', costNote: '£2', updatedAt: datetime(), version: 0})-[:HELD_AT]->(hall)
                CREATE (sing)-[:IN_CATEGORY]->(arts)
                """).bind(STRUTT_CENTRE).to("strutt").bind(GLOSSOP_HALL).to("hall")
                .bind(BELPER_WALK).to("walk").bind(GLOSSOP_SING).to("sing").run();
    }

    /** A request as one of the fixture's people ({@code null}: nobody signed in), with a JSON body if given. */
    protected ResultActions as(String username, HttpMethod method, String path, String json) throws Exception {
        return browsers.request(username, method, path, json);
    }

    protected ResultActions get(String path) throws Exception {
        return as(null, HttpMethod.GET, path, null);
    }

    protected long version(String label, String id) {
        return TestAccounts.version(neo4j, label, id);
    }
}
