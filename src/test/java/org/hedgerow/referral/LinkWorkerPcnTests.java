package org.hedgerow.referral;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which PCN a link worker works for, as a group's referral flows show it beside each link worker who referred to
 * the group. Re-pinned from the deleted PrimaryCareRepositoryTests (the LinkWorker entity and its repository had
 * no production caller; this is the production reader of {@code WORKS_FOR} that names the PCN).
 */
class LinkWorkerPcnTests extends ReferralApiTest {

    /** Priya and Alex work for Belper PCN, Sam for Glossop PCN; each refers one person to Pat's walk. */
    @BeforeEach
    void linkWorkersOfTwoPcns() {
        neo4j.query("""
                MATCH (belperPcn:Pcn {id: 'p-belper'}), (walk:Activity {id: $walk})
                CREATE (glossopPcn:Pcn {id: 'p-glossop', name: 'Glossop PCN', odsCode: 'U00002', version: 0})
                CREATE (priya:LinkWorker {id: 'w-priya', name: 'Priya', version: 0})-[:WORKS_FOR]->(belperPcn)
                CREATE (alex:LinkWorker {id: 'w-alex', name: 'Alex', version: 0})-[:WORKS_FOR]->(belperPcn)
                CREATE (sam:LinkWorker {id: 'w-sam', name: 'Sam', version: 0})-[:WORKS_FOR]->(glossopPcn)
                WITH walk, [priya, alex, sam] AS workers
                UNWIND workers AS worker
                CREATE (r:Referral {id: 'r-' + worker.id, status: 'SENT', createdAt: datetime(), updatedAt: datetime(),
                        version: 0})
                CREATE (r)-[:MADE_BY]->(worker), (r)-[:TO]->(walk),
                       (r)-[:OF]->(:Participant {id: 'pt-' + worker.id, reference: 'BEL-' + worker.id, consent: true})
                """).bind(WALK).to("walk").run();
    }

    @Test
    void linkWorkersWorkForAPcn() throws Exception {
        as("pat", HttpMethod.GET, "/api/groups/" + TestAccounts.OWN_GROUP + "/flows", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromLinkWorkers[*].name", contains("Alex", "Priya", "Sam")))
                .andExpect(jsonPath("$.fromLinkWorkers[*].pcn.name", contains("Belper PCN", "Belper PCN", "Glossop PCN")))
                .andExpect(jsonPath("$.fromLinkWorkers[*].pcn.id", contains("p-belper", "p-belper", "p-glossop")));
    }
}
