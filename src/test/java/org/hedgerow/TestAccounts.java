package org.hedgerow;

import java.util.List;

import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A small network with one account of every kind, for access-control tests:
 * <ul>
 * <li>{@code pat} organises "Belper Walkers" ({@link #OWN_GROUP}, in Belper, within Amber Valley);</li>
 * <li>{@code quinn} organises "Glossop Choir" ({@link #OTHER_GROUP}, in Glossop, within High Peak);</li>
 * <li>{@code lee} is a link worker of Belper PCN; {@code fran} facilitates Amber Valley; {@code ada} is an admin;</li>
 * <li>{@code spare} is an admin nobody signs in as, for changes that end an account's sessions.</li>
 * </ul>
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    public static final String OWN_GROUP = "g-belper-walkers";
    public static final String OTHER_GROUP = "g-glossop-choir";

    private TestAccounts() {
    }

    public static void create(Neo4jClient neo4j, AccountProvisioning provisioning) {
        TestGraph.clear(neo4j);
        neo4j.query("""
                CREATE (ics:Locality {id: 'l-dd', code: 'DDICS', name: 'Derby and Derbyshire', kind: 'ICS', version: 0})
                CREATE (amber:Locality {id: 'l-amber', code: 'AMBER', name: 'Amber Valley', kind: 'PLACE', version: 0})-[:WITHIN]->(ics)
                CREATE (peak:Locality {id: 'l-peak', code: 'HIGHPEAK', name: 'High Peak', kind: 'PLACE', version: 0})-[:WITHIN]->(ics)
                CREATE (belper:Locality {id: 'l-belper', code: 'BELPER', name: 'Belper', kind: 'LOCALITY', version: 0})-[:WITHIN]->(amber)
                CREATE (glossop:Locality {id: 'l-glossop', code: 'GLOSSOP', name: 'Glossop', kind: 'LOCALITY', version: 0})-[:WITHIN]->(peak)
                CREATE (walkers:Group {id: $own, name: 'Belper Walkers', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
                CREATE (choir:Group {id: $other, name: 'Glossop Choir', status: 'ACTIVE', version: 0})-[:BASED_IN]->(glossop)
                CREATE (:Organiser {id: 'o-pat', name: 'Pat', version: 0})-[:ORGANISES {role: 'Lead'}]->(walkers)
                CREATE (:Organiser {id: 'o-quinn', name: 'Quinn', version: 0})-[:ORGANISES {role: 'Lead'}]->(choir)
                CREATE (pcn:Pcn {id: 'p-belper', name: 'Belper PCN', odsCode: 'U00001', version: 0})-[:COVERS]->(belper)
                CREATE (:LinkWorker {id: 'w-lee', name: 'Lee', version: 0})-[:WORKS_FOR]->(pcn)
                """).bind(OWN_GROUP).to("own").bind(OTHER_GROUP).to("other").run();
        provisioning.openDemoAccounts(List.of(
                new NewAccount("pat", "Pat", Role.PROVIDER, "o-pat", null, PASSWORD),
                new NewAccount("quinn", "Quinn", Role.PROVIDER, "o-quinn", null, PASSWORD),
                new NewAccount("lee", "Lee", Role.LINK_WORKER, "w-lee", null, PASSWORD),
                new NewAccount("fran", "Fran", Role.FACILITATOR, null, "AMBER", PASSWORD),
                new NewAccount("ada", "Ada", Role.ADMIN, null, null, PASSWORD),
                new NewAccount("spare", "Spare", Role.ADMIN, null, null, PASSWORD)), PASSWORD);
    }

    /** Signs in through the real endpoint (with a CSRF token) on the given browser session. */
    public static ResultActions signIn(MockMvc mvc, String username, String password, MockHttpSession session)
            throws Exception {
        return mvc.perform(post("/api/session").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "password": "%s"}""".formatted(username, password)));
    }

    public static String accountId(Neo4jClient neo4j, String username) {
        return neo4j.query("MATCH (a:Account {username: $u}) RETURN a.id").bind(username).to("u")
                .fetchAs(String.class).one().orElseThrow();
    }

    public static long version(Neo4jClient neo4j, String label, String id) {
        return neo4j.query("MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN n.version")
                .bind(id).to("id").bind(label).to("label").fetchAs(Long.class).one().orElseThrow();
    }
}
