package org.hedgerow.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestBrowsers;
import org.hedgerow.accounts.AccountProvisioning;
import org.hedgerow.referral.ReferralTallies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A small network whose insights are known by hand, on top of {@link TestAccounts} (Derby and Derbyshire ⊃ Amber
 * Valley ⊃ Belper; ⊃ High Peak ⊃ Glossop; Fran facilitates Amber Valley). Added:
 * <ul>
 * <li>Ripley (within Amber Valley, 3.4 km from Belper); Glossop PCN covering Glossop with link worker Kim;</li>
 * <li>Pat's Belper Walkers run a walk (WALKING, green; physical inactivity; 10 places, 2 left, twice weekly) and a
 * coffee morning (SOCIAL; loneliness; drop-in, fortnightly); Sal's Belper Befrienders (partners of the walkers)
 * run befriending (loneliness; 2 places, none left, weekly); Quinn's Glossop Choir sings monthly (MUSIC; low mood;
 * 20 places, 5 left); Ria's Ripley Gardeners (Rob co-organises; they know only each other) garden weekly
 * (GARDENING, green; low mood; 6 places, 1 left), not updated for 250 days.</li>
 * <li>Referrals in the last twelve months: Lee (Belper PCN) 8 to the walk (3 completed, 1 declined full, …),
 * 6 to the coffee morning (3 completed), 1 to the gardening; Kim (Glossop PCN) 6 to the Belper coffee morning
 * (2 completed, 1 declined no contact) and 2 to the singing; Pat refers 3 walkers on to the singing and 3 coffee
 * morning people on to befriending (1 declined full); Quinn refers 1 singer on to the walk. One older referral (400
 * days) to the walk is outside the default period.</li>
 * <li>Of the 8 people with completed outcomes, 6 improved (ONS4) and GP appointments fell by 9 on average.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsightsTest extends GraphTest {

    static final Map<String, Object> IMPROVED = outcomes(5, 5, 5, 5, 7, 7, 7, 3);
    static final Map<String, Object> SAME = outcomes(6, 6, 6, 4, 6, 6, 6, 4);
    static final Map<String, Object> WORSE = outcomes(6, 6, 6, 4, 5, 5, 5, 6);

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired ReferralTallies tallies;

    TestBrowsers browsers;

    @BeforeAll
    void buildTheNetwork() {
        TestAccounts.create(neo4j, provisioning);
        browsers = new TestBrowsers(mvc);
        neo4j.query("""
                MATCH (amber:Locality {code: 'AMBER'}), (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                MATCH (pat:Organiser {id: 'o-pat'}), (quinn:Organiser {id: 'o-quinn'})
                SET belper.centre = point({latitude: 53.0236, longitude: -1.4821}),
                    glossop.centre = point({latitude: 53.4430, longitude: -1.9490})
                CREATE (ripley:Locality {id: 'l-ripley', code: 'RIPLEY', name: 'Ripley', kind: 'LOCALITY', version: 0,
                        centre: point({latitude: 53.0400, longitude: -1.4400})})-[:WITHIN]->(amber)
                CREATE (gardeners:Group {id: 'g-ripley-gardeners', name: 'Ripley Gardeners', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(ripley)
                CREATE (befrienders:Group {id: 'g-belper-befrienders', name: 'Belper Befrienders', status: 'ACTIVE', version: 0})
                       -[:BASED_IN]->(belper)
                CREATE (ria:Organiser {id: 'o-ria', name: 'Ria', version: 0})-[:ORGANISES {role: 'Lead organiser'}]->(gardeners)
                CREATE (rob:Organiser {id: 'o-rob', name: 'Rob', version: 0})-[:ORGANISES {role: 'Co-organiser'}]->(gardeners)
                CREATE (ria)-[:KNOWS {context: 'Allotment neighbours'}]->(rob)
                CREATE (:Organiser {id: 'o-sal', name: 'Sal', version: 0})-[:ORGANISES {role: 'Lead organiser'}]->(befrienders)
                CREATE (pat)-[:KNOWS {context: 'Network meeting'}]->(quinn)
                CREATE (walkers)-[:PARTNERS_WITH {note: 'Walk and talk'}]->(befrienders)
                CREATE (glossopPcn:Pcn {id: 'p-glossop', name: 'Glossop PCN', odsCode: 'U00002', version: 0})-[:COVERS]->(glossop)
                CREATE (:LinkWorker {id: 'w-kim', name: 'Kim', version: 0})-[:WORKS_FOR]->(glossopPcn)
                CREATE (walking:Category {code: 'WALKING', name: 'Walking', green: true})
                CREATE (gardening:Category {code: 'GARDENING', name: 'Gardening', green: true})
                CREATE (social:Category {code: 'SOCIAL', name: 'Social', green: false})
                CREATE (befriending:Category {code: 'BEFRIENDING', name: 'Befriending', green: false})
                CREATE (music:Category {code: 'MUSIC', name: 'Music', green: false})
                CREATE (loneliness:Need {code: 'LONELINESS', name: 'Loneliness'})
                CREATE (lowMood:Need {code: 'LOW_MOOD', name: 'Low mood'})
                CREATE (inactivity:Need {code: 'PHYSICAL_INACTIVITY', name: 'Physical inactivity'})
                CREATE (strutt:Venue {id: 'v-strutt', name: 'Strutt Centre', location: point({latitude: 53.0240, longitude: -1.4800})})-[:IN]->(belper)
                CREATE (hall:Venue {id: 'v-hall', name: 'Victoria Hall', location: point({latitude: 53.4432, longitude: -1.9485})})-[:IN]->(glossop)
                CREATE (allotments:Venue {id: 'v-allotments', name: 'Ripley Allotments', location: point({latitude: 53.0400, longitude: -1.4400})})-[:IN]->(ripley)
                CREATE (walkers)-[:RUNS]->(walk:Activity {id: 'a-walk', name: 'Towpath walk', status: 'ACTIVE', capacity: 10,
                        spacesLeft: 2, days: ['TUESDAY', 'FRIDAY'], frequency: 'WEEKLY', updatedAt: datetime() - duration('P10D'), version: 0})
                CREATE (walk)-[:HELD_AT]->(strutt), (walk)-[:IN_CATEGORY]->(walking), (walk)-[:SUPPORTS]->(inactivity)
                CREATE (walkers)-[:RUNS]->(coffee:Activity {id: 'a-coffee', name: 'Coffee morning', status: 'ACTIVE',
                        days: ['WEDNESDAY'], frequency: 'FORTNIGHTLY', updatedAt: datetime(), version: 0})
                CREATE (coffee)-[:HELD_AT]->(strutt), (coffee)-[:IN_CATEGORY]->(social), (coffee)-[:SUPPORTS]->(loneliness)
                CREATE (befrienders)-[:RUNS]->(befriend:Activity {id: 'a-befriend', name: 'Befriending', status: 'ACTIVE',
                        capacity: 2, spacesLeft: 0, days: ['MONDAY'], frequency: 'WEEKLY', updatedAt: datetime(), version: 0})
                CREATE (befriend)-[:HELD_AT]->(strutt), (befriend)-[:IN_CATEGORY]->(befriending), (befriend)-[:SUPPORTS]->(loneliness)
                CREATE (choir)-[:RUNS]->(sing:Activity {id: 'a-sing', name: 'Community singing', status: 'ACTIVE',
                        capacity: 20, spacesLeft: 5, days: ['THURSDAY'], frequency: 'MONTHLY', updatedAt: datetime(), version: 0})
                CREATE (sing)-[:HELD_AT]->(hall), (sing)-[:IN_CATEGORY]->(music), (sing)-[:SUPPORTS]->(lowMood)
                CREATE (gardeners)-[:RUNS]->(garden:Activity {id: 'a-garden', name: 'Allotment mornings', status: 'ACTIVE',
                        capacity: 6, spacesLeft: 1, days: ['SATURDAY'], frequency: 'WEEKLY',
                        updatedAt: datetime() - duration('P250D'), version: 0})
                CREATE (garden)-[:HELD_AT]->(allotments), (garden)-[:IN_CATEGORY]->(gardening), (garden)-[:SUPPORTS]->(lowMood)
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-archived', name: 'Winter walk', status: 'ARCHIVED',
                        updatedAt: datetime() - duration('P900D'), version: 0})-[:IN_CATEGORY]->(walking)
                """).run();
        var first = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 8; i++) {
            String status = switch (i) {
                case 1, 2, 3 -> "COMPLETED";
                case 4 -> "DECLINED";
                case 5 -> "ATTENDING";
                case 6 -> "ACCEPTED";
                case 7 -> "SENT";
                default -> "WITHDRAWN";
            };
            var gp = switch (i) {
                case 1 -> gp(12, 2);
                case 2 -> gp(10, 2);
                case 3 -> gp(20, 10);
                default -> Map.<String, Object>of();
            };
            first.add(referral("L" + i, "w-lee", "a-walk", "PHYSICAL_INACTIVITY", 10 + i, status,
                    i == 4 ? "FULL" : null, i <= 3 ? with(IMPROVED, gp) : Map.of()));
        }
        first.add(referral("L9", "w-lee", "a-coffee", "LONELINESS", 30, "COMPLETED", null, with(IMPROVED, gp(9, 1))));
        first.add(referral("L10", "w-lee", "a-coffee", "LONELINESS", 31, "COMPLETED", null, with(IMPROVED, gp(15, 5))));
        first.add(referral("L11", "w-lee", "a-coffee", "LONELINESS", 32, "COMPLETED", null, with(SAME, gp(8, 0))));
        first.add(referral("L12", "w-lee", "a-coffee", "LONELINESS", 33, "ATTENDING", null, Map.of()));
        first.add(referral("L13", "w-lee", "a-coffee", "LONELINESS", 34, "SENT", null, Map.of()));
        first.add(referral("L14", "w-lee", "a-coffee", "LONELINESS", 35, "SENT", null, Map.of()));
        first.add(referral("L15", "w-lee", "a-garden", "LOW_MOOD", 36, "SENT", null, Map.of()));
        first.add(referral("L-old", "w-lee", "a-walk", "PHYSICAL_INACTIVITY", 400, "COMPLETED", null,
                with(WORSE, gp(1, 20))));
        first.add(referral("K1", "w-kim", "a-coffee", "LONELINESS", 40, "COMPLETED", null, with(IMPROVED, gp(14, 4))));
        first.add(referral("K2", "w-kim", "a-coffee", "LONELINESS", 41, "COMPLETED", null, with(WORSE, gp(11, 3))));
        first.add(referral("K3", "w-kim", "a-coffee", "LONELINESS", 42, "DECLINED", "NO_CONTACT", Map.of()));
        for (int i = 4; i <= 6; i++) {
            first.add(referral("K" + i, "w-kim", "a-coffee", "LONELINESS", 40 + i, "SENT", null, Map.of()));
        }
        first.add(referral("K7", "w-kim", "a-sing", "LOW_MOOD", 50, "ACCEPTED", null, Map.of()));
        first.add(referral("K8", "w-kim", "a-sing", "LOW_MOOD", 51, "ACCEPTED", null, Map.of()));
        var onward = new ArrayList<Map<String, Object>>();
        onward.add(onward("P1", "o-pat", "a-sing", "LOW_MOOD", "L1", 5, "ACCEPTED", null));
        onward.add(onward("P2", "o-pat", "a-sing", "LOW_MOOD", "L2", 5, "SENT", null));
        onward.add(onward("P3", "o-pat", "a-sing", "LOW_MOOD", "L5", 5, "SENT", null));
        onward.add(onward("P4", "o-pat", "a-befriend", "LONELINESS", "L9", 6, "DECLINED", "FULL"));
        onward.add(onward("P5", "o-pat", "a-befriend", "LONELINESS", "L10", 6, "ACCEPTED", null));
        onward.add(onward("P6", "o-pat", "a-befriend", "LONELINESS", "L11", 6, "ACCEPTED", null));
        onward.add(onward("Q1", "o-quinn", "a-walk", "PHYSICAL_INACTIVITY", "K7", 7, "SENT", null));
        neo4j.query("""
                UNWIND $rows AS row
                MATCH (m {id: row.maker}) WHERE m:LinkWorker OR m:Organiser
                MATCH (a:Activity {id: row.activity}), (n:Need {code: row.need})
                CREATE (p:Participant {id: 'p-' + row.id, reference: 'REF-' + row.id, consent: true})
                CREATE (r:Referral {id: row.id, status: row.status, declineReason: row.declineReason,
                        createdAt: datetime() - duration({days: row.daysAgo}),
                        updatedAt: datetime() - duration({days: row.daysAgo}) + duration('P1D'), version: 0})
                SET r += row.outcomes
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(m), (r)-[:TO]->(a), (r)-[:FOR_NEED]->(n)
                """).bind(first).to("rows").run();
        neo4j.query("""
                UNWIND $rows AS row
                MATCH (m:Organiser {id: row.maker}), (a:Activity {id: row.activity}), (n:Need {code: row.need})
                MATCH (before:Referral {id: row.from})-[:OF]->(p:Participant)
                CREATE (r:Referral {id: row.id, status: row.status, declineReason: row.declineReason,
                        createdAt: datetime() - duration({days: row.daysAgo}),
                        updatedAt: datetime() - duration({days: row.daysAgo}), version: 0})
                CREATE (r)-[:OF]->(p), (r)-[:MADE_BY]->(m), (r)-[:TO]->(a), (r)-[:FOR_NEED]->(n), (r)-[:ONWARD_FROM]->(before)
                """).bind(onward).to("rows").run();
        // Written here as plain Cypher, so counted into the gap map's tallies as the synthetic store's batches are.
        var ids = new ArrayList<String>();
        first.forEach(row -> ids.add((String) row.get("id")));
        onward.forEach(row -> ids.add((String) row.get("id")));
        tallies.count(ids);
    }

    ResultActions as(String username, String path) throws Exception {
        return browsers.request(username, HttpMethod.GET, path, null);
    }

    private static Map<String, Object> referral(String id, String maker, String activity, String need, int daysAgo,
                                                String status, String declineReason, Map<String, Object> outcomes) {
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("maker", maker);
        row.put("activity", activity);
        row.put("need", need);
        row.put("from", null);
        row.put("daysAgo", daysAgo);
        row.put("status", status);
        row.put("declineReason", declineReason);
        row.put("outcomes", outcomes);
        return row;
    }

    private static Map<String, Object> onward(String id, String maker, String activity, String need, String from,
                                              int daysAgo, String status, String declineReason) {
        var row = referral(id, maker, activity, need, daysAgo, status, declineReason, Map.of());
        row.put("from", from);
        return row;
    }

    static Map<String, Object> outcomes(int... answers) {
        String[] names = {"wellbeingStartSatisfied", "wellbeingStartWorthwhile", "wellbeingStartHappy",
            "wellbeingStartAnxious", "wellbeingEndSatisfied", "wellbeingEndWorthwhile", "wellbeingEndHappy",
            "wellbeingEndAnxious"};
        var map = new HashMap<String, Object>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], answers[i]);
        }
        return map;
    }

    private static Map<String, Object> gp(int before, int after) {
        return Map.of("gpAppointmentsBefore", before, "gpAppointmentsAfter", after);
    }

    private static Map<String, Object> with(Map<String, Object> a, Map<String, Object> b) {
        var map = new HashMap<String, Object>(a);
        map.putAll(b);
        return map;
    }
}
