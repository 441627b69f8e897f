package org.hedgerow.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestBrowsers;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Link workers' relationships with providers, on a network with fixed dates in the first half of 2026, on top of
 * {@link TestAccounts} (Amber Valley ⊃ Belper with Belper PCN and its link worker Lee; High Peak ⊃ Glossop). Added:
 * Mo, a second link worker of Belper PCN; Glossop PCN with Kim; Belper Gardeners (Ria) and Belper Befrienders (Sal)
 * beside Pat's Belper Walkers and Quinn's Glossop Choir, one activity each.
 * <ul>
 * <li>Lee refers L1–L5 in January to walk, sing, garden, befriend, walk (4 providers); L6–L7 in February to the
 * walk; L8–L13 in April to the walk; and L0 in December 2025 (before the period) to the walk.</li>
 * <li>Mo refers M1 (garden) and M2 (sing) in March, M3 (garden) in May. Kim refers K1 (sing) in January.</li>
 * <li>Onward, by the providers: in January P0 from L0 (accepted); in April P1 (L8, accepted), P2 (L9, attending),
 * P7 (L13, accepted), P8 (L6, accepted), P9 (L7, completed), and P6 from P1 (Sal, so L8's person again,
 * accepted); in May P3 (L10, sent), P4 (L11, completed), P5 (L12, declined); in June R1 from M1 (Ria, accepted).</li>
 * </ul>
 * Worked by hand, for Belper PCN (= Amber Valley), January to June: direct providers 4, 1, 2, 1, 1, 0; referrals
 * 5, 2, 2, 6, 1, 0; onward 1, 0, 0, 6, 3, 1; people reached 1, 0, 0, 5 (six onward referrals, L8's person
 * twice), 1, 1; providers' share only in April, 6 ÷ 12 = 0.5. Quarters: January–March Lee 4 providers, Mo 2,
 * mean 3.0; April–June Lee 1, Mo 1, mean 1.0, so fewer; onward share 10 ÷ 17 = 0.588.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipTests extends GraphTest {

    static final String PERIOD = "from=2026-01-01&to=2026-06-30";

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    TestBrowsers browsers;

    @BeforeAll
    void buildTheNetwork() {
        TestAccounts.create(neo4j, provisioning);
        browsers = new TestBrowsers(mvc);
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                MATCH (belperPcn:Pcn {id: 'p-belper'})
                CREATE (:LinkWorker {id: 'w-mo', name: 'Mo', version: 0})-[:WORKS_FOR]->(belperPcn)
                CREATE (glossopPcn:Pcn {id: 'p-glossop', name: 'Glossop PCN', odsCode: 'U00002', version: 0})-[:COVERS]->(glossop)
                CREATE (:LinkWorker {id: 'w-kim', name: 'Kim', version: 0})-[:WORKS_FOR]->(glossopPcn)
                CREATE (gardeners:Group {id: 'g-gardeners', name: 'Belper Gardeners', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
                CREATE (befrienders:Group {id: 'g-befrienders', name: 'Belper Befrienders', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
                CREATE (:Organiser {id: 'o-ria', name: 'Ria', version: 0})-[:ORGANISES {role: 'Lead'}]->(gardeners)
                CREATE (:Organiser {id: 'o-sal', name: 'Sal', version: 0})-[:ORGANISES {role: 'Lead'}]->(befrienders)
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-walk', name: 'Walk', status: 'ACTIVE', version: 0})
                CREATE (choir)-[:RUNS]->(:Activity {id: 'a-sing', name: 'Singing', status: 'ACTIVE', version: 0})
                CREATE (gardeners)-[:RUNS]->(:Activity {id: 'a-garden', name: 'Garden', status: 'ACTIVE', version: 0})
                CREATE (befrienders)-[:RUNS]->(:Activity {id: 'a-befriend', name: 'Befriending', status: 'ACTIVE', version: 0})
                """).run();
        var direct = new ArrayList<Map<String, Object>>();
        direct.add(row("L0", "w-lee", "a-walk", "2025-12-10", "COMPLETED", null));
        String[] january = {"a-walk", "a-sing", "a-garden", "a-befriend", "a-walk"};
        for (int i = 0; i < january.length; i++) {
            direct.add(row("L" + (i + 1), "w-lee", january[i], "2026-01-1" + i, "ACCEPTED", null));
        }
        direct.add(row("L6", "w-lee", "a-walk", "2026-02-03", "COMPLETED", null));
        direct.add(row("L7", "w-lee", "a-walk", "2026-02-28", "COMPLETED", null));
        for (int i = 8; i <= 13; i++) {
            direct.add(row("L" + i, "w-lee", "a-walk", "2026-04-0" + (i - 7), "ACCEPTED", null));
        }
        direct.add(row("M1", "w-mo", "a-garden", "2026-03-02", "COMPLETED", null));
        direct.add(row("M2", "w-mo", "a-sing", "2026-03-31", "SENT", null));
        direct.add(row("M3", "w-mo", "a-garden", "2026-05-15", "SENT", null));
        direct.add(row("K1", "w-kim", "a-sing", "2026-01-20", "SENT", null));
        var onward = List.of(
                row("P0", "o-pat", "a-sing", "2026-01-05", "ACCEPTED", "L0"),
                row("P1", "o-pat", "a-befriend", "2026-04-10", "ACCEPTED", "L8"),
                row("P2", "o-pat", "a-garden", "2026-04-11", "ATTENDING", "L9"),
                row("P7", "o-pat", "a-sing", "2026-04-12", "ACCEPTED", "L13"),
                row("P8", "o-pat", "a-garden", "2026-04-13", "ACCEPTED", "L6"),
                row("P9", "o-pat", "a-befriend", "2026-04-14", "COMPLETED", "L7"),
                row("P6", "o-sal", "a-garden", "2026-04-30", "ACCEPTED", "P1"),
                row("P3", "o-pat", "a-sing", "2026-05-01", "SENT", "L10"),
                row("P4", "o-pat", "a-befriend", "2026-05-02", "COMPLETED", "L11"),
                row("P5", "o-pat", "a-garden", "2026-05-31", "DECLINED", "L12"),
                row("R1", "o-ria", "a-walk", "2026-06-30", "ACCEPTED", "M1"));
        neo4j.query("""
                UNWIND $rows AS row
                MATCH (m {id: row.maker}) WHERE m:LinkWorker
                MATCH (a:Activity {id: row.activity})
                CREATE (p:Participant {id: 'p-' + row.id, reference: 'REF-' + row.id, consent: true})
                CREATE (r:Referral {id: row.id, status: row.status, createdAt: datetime(row.at + 'T10:00:00Z'),
                        updatedAt: datetime(row.at + 'T10:00:00Z'), version: 0})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(m), (r)-[:TO]->(a)
                """).bind(direct).to("rows").run();
        // In date order, so that P6 finds P1 (and its person) already made.
        for (var row : onward) {
            neo4j.query("""
                    MATCH (m:Organiser {id: $row.maker}), (a:Activity {id: $row.activity})
                    MATCH (before:Referral {id: $row.from})-[:OF]->(p:Participant)
                    CREATE (r:Referral {id: $row.id, status: $row.status, createdAt: datetime($row.at + 'T10:00:00Z'),
                            updatedAt: datetime($row.at + 'T10:00:00Z'), version: 0})
                    CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(m), (r)-[:TO]->(a), (r)-[:ONWARD_FROM]->(before)
                    """).bind(row).to("row").run();
        }
    }

    private static Map<String, Object> row(String id, String maker, String activity, String at, String status,
                                           String from) {
        var row = new java.util.HashMap<String, Object>();
        row.put("id", id);
        row.put("maker", maker);
        row.put("activity", activity);
        row.put("at", at);
        row.put("status", status);
        row.put("from", from);
        return row;
    }

    ResultActions as(String username, String path) throws Exception {
        return browsers.request(username, HttpMethod.GET, path, null);
    }

    @Test
    void countsEachLinkWorkersDirectProvidersMonthByMonth() throws Exception {
        as("fran", "/api/insights/relationships?" + PERIOD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("AMBER"))
                .andExpect(jsonPath("$.months").value(org.hamcrest.Matchers.contains(
                        "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06")))
                .andExpect(jsonPath("$.pcns.length()").value(1))
                .andExpect(jsonPath("$.pcns[0].name").value("Belper PCN"))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[*].name").value(org.hamcrest.Matchers.contains("Lee", "Mo")))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[0].months[*].directProviders")
                        .value(org.hamcrest.Matchers.contains(4, 1, 0, 1, 0, 0)))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[1].months[*].directProviders")
                        .value(org.hamcrest.Matchers.contains(0, 0, 2, 0, 1, 0)))
                .andExpect(jsonPath("$.pcns[0].months[*].directProviders")
                        .value(org.hamcrest.Matchers.contains(4, 1, 2, 1, 1, 0)))
                .andExpect(jsonPath("$.total[*].directProviders")
                        .value(org.hamcrest.Matchers.contains(4, 1, 2, 1, 1, 0)));
    }

    @Test
    void countsPeopleReachedThroughProvidersAndTheProvidersShare() throws Exception {
        as("fran", "/api/insights/relationships?" + PERIOD)
                // Lee's April: 6 referrals; 6 onward, 5 people (L8's twice); share 6 ÷ 12.
                .andExpect(jsonPath("$.pcns[0].linkWorkers[0].months[3].referrals").value(6))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[0].months[3].onwardReferrals").value(6))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[0].months[3].reachedThroughProviders").value(5))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[0].months[3].providerShare").value(0.5))
                // January: P0 counts for Lee though L0 was made before the period.
                .andExpect(jsonPath("$.total[0].referrals").value(5))
                .andExpect(jsonPath("$.total[0].onwardReferrals").value("<5"))
                .andExpect(jsonPath("$.total[0].reachedThroughProviders").value("<5"))
                // Mo's June: R1 from a path Mo began.
                .andExpect(jsonPath("$.pcns[0].linkWorkers[1].months[5].onwardReferrals").value("<5"))
                .andExpect(jsonPath("$.pcns[0].linkWorkers[1].months[5].referrals").value(0))
                .andExpect(jsonPath("$.total[5].onwardReferrals").value("<5"));
    }

    @Test
    void smallCountsAreSuppressedAndTheirSharesLeftOut() throws Exception {
        as("fran", "/api/insights/relationships?" + PERIOD)
                // May: 1 referral, 3 onward (1 taken up): all "<5", so no share.
                .andExpect(jsonPath("$.total[4].referrals").value("<5"))
                .andExpect(jsonPath("$.total[4].onwardReferrals").value("<5"))
                .andExpect(jsonPath("$.total[4].reachedThroughProviders").value("<5"))
                .andExpect(jsonPath("$.total[4].providerShare").value(nullValue()))
                // January: 5 referrals but 1 onward, which the share would give away.
                .andExpect(jsonPath("$.total[0].providerShare").value(nullValue()))
                // March: nothing onward at all is 0, a number, and no share of 2 referrals.
                .andExpect(jsonPath("$.total[2].onwardReferrals").value(0))
                .andExpect(jsonPath("$.total[2].providerShare").value(nullValue()))
                // Providers are not people: 1 is shown as 1.
                .andExpect(jsonPath("$.total[3].directProviders").value(1));
    }

    @Test
    void theTrendComparesTheLastTwoWholeQuarters() throws Exception {
        as("fran", "/api/insights/relationships?" + PERIOD)
                .andExpect(jsonPath("$.trend.direction").value("FEWER"))
                .andExpect(jsonPath("$.trend.lastQuarter.from").value("2026-04-01"))
                .andExpect(jsonPath("$.trend.lastQuarter.to").value("2026-06-30"))
                .andExpect(jsonPath("$.trend.lastQuarter.linkWorkers").value(2))
                .andExpect(jsonPath("$.trend.lastQuarter.directProvidersPerLinkWorker").value(1.0))
                .andExpect(jsonPath("$.trend.lastQuarter.referrals").value(7))
                .andExpect(jsonPath("$.trend.lastQuarter.onwardReferrals").value(10))
                .andExpect(jsonPath("$.trend.lastQuarter.providerShare").value(0.588))
                .andExpect(jsonPath("$.trend.quarterBefore.directProvidersPerLinkWorker").value(3.0))
                .andExpect(jsonPath("$.trend.quarterBefore.referrals").value(9))
                .andExpect(jsonPath("$.trend.quarterBefore.providerShare").value(nullValue()))
                .andExpect(jsonPath("$.trend.summary").value("Fewer direct relationships this quarter: 1.0 "
                        + "providers per link worker (Apr–Jun 2026), down from 3.0 (Jan–Mar 2026)."));
        // Ending mid-June, the last whole quarter is March to May, and January and February alone come before.
        as("fran", "/api/insights/relationships?from=2026-01-01&to=2026-06-15")
                .andExpect(jsonPath("$.trend.lastQuarter").value(nullValue()))
                .andExpect(jsonPath("$.trend.direction").value(nullValue()))
                .andExpect(jsonPath("$.trend.summary").value("The period is too short to compare two whole quarters."));
    }

    @Test
    void anAdminSeesEveryPcnOfThePlace() throws Exception {
        as("ada", "/api/insights/relationships?locality=DDICS&" + PERIOD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pcns[*].name").value(org.hamcrest.Matchers.contains("Belper PCN", "Glossop PCN")))
                .andExpect(jsonPath("$.pcns[1].linkWorkers[0].months[0].directProviders").value(1))
                // Kim's one January referral went to the choir, which Lee also referred to: still 4 providers.
                .andExpect(jsonPath("$.total[0].directProviders").value(4))
                .andExpect(jsonPath("$.total[0].referrals").value(6));
    }

    @Test
    void onlyFacilitatorsOfThePlaceAndAdminsSeeIt() throws Exception {
        as("pat", "/api/insights/relationships").andExpect(status().isForbidden());
        as("lee", "/api/insights/relationships").andExpect(status().isForbidden());
        as("lee", "/api/insights/relationships.csv").andExpect(status().isForbidden());
        as("fran", "/api/insights/relationships?locality=GLOSSOP").andExpect(status().isForbidden());
        as(null, "/api/insights/relationships").andExpect(status().isUnauthorized());
        // The default period, the twelve months up to today, touches 13 calendar months, or 12 on a month's last day.
        var today = LocalDate.now(NetworkZone.ZONE);
        var months = ChronoUnit.MONTHS.between(YearMonth.from(today.minusMonths(12).plusDays(1)), YearMonth.from(today));
        as("fran", "/api/insights/relationships").andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value((int) months + 1));
    }

    @Test
    void aReferralCountsInTheMonthItWasMadeInTheUk() throws Exception {
        // Kim's five referrals at 00:30 on 1 June in the UK (23:30 UTC on 31 May) are June's (five: fewer show as <5).
        neo4j.query("""
                MATCH (kim:LinkWorker {id: 'w-kim'}), (a:Activity {id: 'a-sing'})
                UNWIND range(1, 5) AS i
                CREATE (p:Participant {id: 'p-late-' + i, reference: 'REF-LATE-' + i, consent: true})
                CREATE (r:Referral {id: 'late-' + i, status: 'SENT', createdAt: datetime('2026-05-31T23:30:00Z'),
                        updatedAt: datetime('2026-05-31T23:30:00Z'), version: 0})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(kim), (r)-[:TO]->(a)""").run();
        try {
            as("ada", "/api/insights/relationships?locality=GLOSSOP&from=2026-05-01&to=2026-06-30")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.months").value(org.hamcrest.Matchers.contains("2026-05", "2026-06")))
                    .andExpect(jsonPath("$.total[0].referrals").value(0))
                    .andExpect(jsonPath("$.total[1].referrals").value(5));
            // and a period that ends on 31 May leaves them out
            as("ada", "/api/insights/relationships?locality=GLOSSOP&from=2026-05-01&to=2026-05-31")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total[0].referrals").value(0));
        }
        finally {
            neo4j.query("MATCH (r:Referral)-[:OF]->(p) WHERE r.id STARTS WITH 'late-' DETACH DELETE r, p").run();
        }
    }

    @Test
    void badInputIsAProblemNamingWhatIsWrong() throws Exception {
        as("fran", "/api/insights/relationships?locality=NOWHERE")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOWHERE")));
        as("fran", "/api/insights/relationships?from=2026-06-30&to=2026-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists());
    }

    @Test
    void theCsvHasALinePerMonthOfThePlaceEachPcnAndEachLinkWorker() throws Exception {
        var csv = as("fran", "/api/insights/relationships.csv?" + PERIOD).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"relationships-AMBER-2026-01-01-2026-06-30\\.csv\"")))
                .andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + 6 * (1 + 1 + 2));
        assertThat(lines[0]).isEqualTo("level,pcnId,pcnName,linkWorkerId,linkWorkerName,month,directProviders,"
                + "referrals,onwardReferrals,reachedThroughProviders,providerShare");
        assertThat(lines[1]).isEqualTo("PLACE,,,,,2026-01,4,5,<5,<5,");
        assertThat(lines[7]).isEqualTo("PCN,p-belper,Belper PCN,,,2026-01,4,5,<5,<5,");
        assertThat(lines[16]).isEqualTo("LINK_WORKER,p-belper,Belper PCN,w-lee,Lee,2026-04,1,6,6,5,0.5");
    }
}
