package org.hedgerow.insights;

import org.hedgerow.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which localities a PCN covers, as the one production reader of {@code COVERS} uses it: a place's referral flows
 * count the referrals of link workers of every PCN covering a locality within it. Re-pinned from the deleted
 * PrimaryCareRepositoryTests (the Pcn entity and its repository had no production caller).
 */
class PcnCoverageTests extends ApiTest {

    /**
     * The fixture's Belper PCN (Lee) covers Belper; here it covers Duffield too, and Glossop PCN (Kim) covers Glossop.
     * Ripley, in Amber Valley beside them, is covered by nobody. Lee and Kim each refer someone to a walk of a group
     * based in High Peak itself, so that no locality asked about here receives the referrals, only makes them.
     */
    @BeforeEach
    void twoPcnsAndAReferralEach() {
        neo4j.query("""
                MATCH (amber:Locality {code: 'AMBER'}), (glossop:Locality {code: 'GLOSSOP'}), (peak:Locality {code: 'HIGHPEAK'})
                MATCH (belperPcn:Pcn {id: 'p-belper'}), (lee:LinkWorker {id: 'w-lee'})
                CREATE (rangers:Group {id: 'g-peak-rangers', name: 'Peak Rangers', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(peak)
                CREATE (duffield:Locality {id: 'l-duffield', code: 'DUFFIELD', name: 'Duffield', kind: 'LOCALITY',
                        version: 0})-[:WITHIN]->(amber)
                CREATE (:Locality {id: 'l-ripley', code: 'RIPLEY', name: 'Ripley', kind: 'LOCALITY', version: 0})
                       -[:WITHIN]->(amber)
                CREATE (belperPcn)-[:COVERS]->(duffield)
                CREATE (glossopPcn:Pcn {id: 'p-glossop', name: 'Glossop PCN', odsCode: 'U00002', version: 0})
                       -[:COVERS]->(glossop)
                CREATE (kim:LinkWorker {id: 'w-kim', name: 'Kim', version: 0})-[:WORKS_FOR]->(glossopPcn)
                CREATE (rangers)-[:RUNS]->(walk:Activity {id: 'a-walk', name: 'Kinder ridge walk', status: 'ACTIVE',
                        version: 0})
                WITH lee, kim, walk
                UNWIND [lee, kim] AS worker
                CREATE (r:Referral {id: 'r-' + worker.id, status: 'SENT', createdAt: datetime(), updatedAt: datetime(),
                        version: 0})
                CREATE (r)-[:MADE_BY]->(worker), (r)-[:TO]->(walk),
                       (r)-[:OF]->(:Participant {id: 'pt-' + worker.id, reference: 'BEL-' + worker.id, consent: true})
                """).run();
    }

    @Test
    void aPcnCoversItsLocalities() throws Exception {
        for (var covered : new String[] {"BELPER", "DUFFIELD"}) {
            flowsOf(covered)
                    .andExpect(jsonPath("$.nodes[?(@.kind == 'PCN')].name", contains("Belper PCN")))
                    .andExpect(jsonPath("$.nodes[?(@.kind == 'LINK_WORKER')].name", contains("Lee")))
                    // A PCN is placed at the first locality it covers: Belper, so it does not cover Amber Valley.
                    .andExpect(jsonPath("$.nodes[?(@.id == 'p-belper')].localityCode", contains("BELPER")));
        }
        flowsOf("GLOSSOP").andExpect(jsonPath("$.nodes[?(@.kind == 'PCN')].name", contains("Glossop PCN")));
        flowsOf("RIPLEY").andExpect(jsonPath("$.nodes", empty())).andExpect(jsonPath("$.edges", empty()));
    }

    private ResultActions flowsOf(String locality) throws Exception {
        return browsers.request("ada", HttpMethod.GET, "/api/insights/flows?locality=" + locality, null)
                .andExpect(status().isOk());
    }
}
