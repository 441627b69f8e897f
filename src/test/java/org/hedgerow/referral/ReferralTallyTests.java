package org.hedgerow.referral;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.hedgerow.TestAccounts;
import org.hedgerow.core.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.resilience.retry.AbstractRetryInterceptor;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gap map's tallies are kept by the statements that write referrals: after referrals are made, referred on,
 * accepted, declined as full and otherwise, withdrawn and erased through the real API, the kept tallies equal tallies
 * counted again from the referrals alone.
 */
class ReferralTallyTests extends ReferralApiTest {

    /** Every tally counted from scratch from the referrals, in the shape they are kept in. */
    private static final String RECOUNT = """
            MATCH (maker)<-[:MADE_BY]-(r:Referral)
            WITH maker, r, date(datetime({datetime: r.createdAt, timezone: 'Europe/London'})) AS made,
                 CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 ELSE 0 END AS full,
                 coalesce(r.tallyStripe, 0) AS stripe
            CALL (r) {
                MATCH (r)-[:FOR_NEED]->(n:Need) RETURN 'NEED' AS axis, n.code AS code
                UNION ALL
                MATCH (r)-[:TO]->(:Activity)-[:IN_CATEGORY]->(c:Category) RETURN 'CATEGORY' AS axis, c.code AS code
            }
            WITH maker, axis, code, date.truncate('month', made) AS month, stripe, made.day - 1 AS day,
                 count(*) AS referrals, sum(full) AS declinedFull
            WITH maker, axis, code, month, stripe, collect([day, referrals, declinedFull]) AS days
            RETURN maker.id + '|' + axis + '|' + code + '|' + toString(month)
                   + CASE stripe WHEN 0 THEN '' ELSE '|' + toString(stripe) END AS key, maker.id AS maker,
                   reduce(s = 0, d IN days | s + d[1]) AS referrals, reduce(s = 0, d IN days | s + d[2]) AS declinedFull,
                   [i IN range(0, 30) | reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[1] ELSE 0 END)]
                   AS referralsByDay,
                   [i IN range(0, 30) | reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[2] ELSE 0 END)]
                   AS declinedFullByDay
            ORDER BY key
            """;

    /** The tallies as kept, with the maker each hangs off (by the relationship of its axis). */
    private static final String KEPT = """
            MATCH (maker)-[link:NEED_TALLY|CATEGORY_TALLY]->(t:ReferralTally)
            WHERE (type(link) = 'NEED_TALLY') = (t.axis = 'NEED')
            RETURN t.key AS key, maker.id AS maker, t.referrals AS referrals, t.declinedFull AS declinedFull,
                   t.referralsByDay AS referralsByDay, t.declinedFullByDay AS declinedFullByDay
            ORDER BY key
            """;

    record Tally(String key, String maker, long referrals, long declinedFull, List<Long> referralsByDay,
                 List<Long> declinedFullByDay) {
    }

    @Autowired ReferralTallies tallies;

    @BeforeEach
    void categories() {
        neo4j.query("""
                MATCH (walk:Activity {id: $walk}), (sing:Activity {id: $sing})
                CREATE (walking:Category {code: 'WALKING', name: 'Walking'}),
                       (music:Category {code: 'MUSIC', name: 'Music'})
                CREATE (walk)-[:IN_CATEGORY]->(walking), (sing)-[:IN_CATEGORY]->(music),
                       (sing)-[:IN_CATEGORY]->(walking)
                WITH walk
                MATCH (belper:Locality {code: 'BELPER'})
                CREATE (walk)-[:HELD_AT]->(:Venue {id: 'v-towpath', name: 'Towpath', version: 0})-[:IN]->(belper)
                """).bind(WALK).to("walk").bind(SING).to("sing").run();
    }

    @Test
    void theKeptTalliesEqualARecountAfterEveryKindOfWrite() throws Exception {
        var toWalk = List.of(refer(WALK), refer(WALK), refer(WALK), refer(WALK));
        var toSing = List.of(refer(SING), refer(SING));
        assertThat(kept()).isEqualTo(recount());

        move("pat", toWalk.get(0), ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"")
                .andExpect(status().isOk());
        move("pat", toWalk.get(1), ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("pat", toWalk.get(2), ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"")
                .andExpect(status().isOk());
        move("pat", toWalk.get(3), ReferralStatus.DECLINED,
                "\"declineReason\": \"NO_CONTACT\", \"note\": \"Three calls, no answer\"").andExpect(status().isOk());
        move("quinn", toSing.get(0), ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("lee", toSing.get(1), ReferralStatus.WITHDRAWN, null).andExpect(status().isOk());
        // Pat refers the accepted walker on to the singing: an onward referral, counted for Pat.
        var onward = as("pat", HttpMethod.POST, "/api/referrals/" + toWalk.get(1) + "/onward", """
                {"activity": "%s", "needs": ["INACTIVITY"], "reason": "Ready for something new"}""".formatted(SING))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        move("quinn", JsonPath.read(onward, "$.id"), ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"")
                .andExpect(status().isOk());
        assertThat(kept()).isEqualTo(recount());

        // Erasure withdraws the person's open referrals and keeps the rest (no count changes, none may drift).
        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"BEL-0142\"}")
                .andExpect(status().isOk());
        assertThat(kept()).isEqualTo(recount());

        // By hand: Lee made 6 for loneliness (two declined as full), 4 to the walk (WALKING) and 2 to the singing
        // (MUSIC and WALKING); Pat made 1 for inactivity, to the singing, declined as full.
        assertThat(totals()).isEqualTo(Map.of(
                "w-lee|NEED|LONELINESS", List.of(6L, 2L),
                "w-lee|CATEGORY|WALKING", List.of(6L, 2L),
                "w-lee|CATEGORY|MUSIC", List.of(2L, 0L),
                "o-pat|NEED|INACTIVITY", List.of(1L, 1L),
                "o-pat|CATEGORY|MUSIC", List.of(1L, 1L),
                "o-pat|CATEGORY|WALKING", List.of(1L, 1L)));
    }

    @Test
    void whenAnActivitysCategoriesChangeItsReferralsCountInTheNewOnes() throws Exception {
        var declined = refer(WALK);
        refer(WALK);
        refer(SING);
        move("pat", declined, ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"").andExpect(status().isOk());
        // The walk leaves walking for music (the singing stays in both).
        as("pat", HttpMethod.PATCH, "/api/activities/" + WALK, """
                {"categories": ["MUSIC"], "version": %d}""".formatted(TestAccounts.version(neo4j, "Activity", WALK)))
                .andExpect(status().isOk());
        assertThat(kept()).isEqualTo(recount());
        assertThat(totals()).isEqualTo(Map.of(
                "w-lee|NEED|LONELINESS", List.of(3L, 1L),
                "w-lee|CATEGORY|MUSIC", List.of(3L, 1L),
                "w-lee|CATEGORY|WALKING", List.of(1L, 0L)));

        // And back to walking and music: the walk's referrals count in both.
        as("pat", HttpMethod.PATCH, "/api/activities/" + WALK, """
                {"categories": ["WALKING", "MUSIC"], "version": %d}"""
                .formatted(TestAccounts.version(neo4j, "Activity", WALK))).andExpect(status().isOk());
        assertThat(kept()).isEqualTo(recount());
        assertThat(totals()).containsEntry("w-lee|CATEGORY|WALKING", List.of(3L, 1L));
    }

    @Test
    void referralsMadeAtOnceBySomeoneAreEachCountedInTheStripeTheyDrew() throws Exception {
        int made = 24;
        as("lee", HttpMethod.GET, "/api/referrals", null).andExpect(status().isOk()); // signed in before, once
        try (var pool = Executors.newFixedThreadPool(4)) {
            var referrals = new ArrayList<Future<String>>();
            for (int i = 0; i < made; i++) {
                String activity = i % 2 == 0 ? WALK : SING;
                referrals.add(pool.submit(() -> refer(activity)));
            }
            for (var referral : referrals) {
                assertThat(referral.get(30, TimeUnit.SECONDS)).isNotBlank();
            }
        }
        assertThat(kept()).isEqualTo(recount());
        // 24 for loneliness; the walk's 12 count in walking, the singing's 12 in music and walking.
        assertThat(totals()).isEqualTo(Map.of(
                "w-lee|NEED|LONELINESS", List.of(24L, 0L),
                "w-lee|CATEGORY|WALKING", List.of(24L, 0L),
                "w-lee|CATEGORY|MUSIC", List.of(12L, 0L)));
        // Spread over more than one node: all 24 drawing the same stripe has a chance of 4 in 4^24.
        assertThat(count("""
                MATCH (:LinkWorker {id: 'w-lee'})-[:NEED_TALLY]->(t:ReferralTally {code: 'LONELINESS'})
                RETURN count(t)""")).isGreaterThan(1).isLessThanOrEqualTo(ReferralTallies.STRIPES);
        // Each at most once: a stripe's key is the unstriped key for stripe 0, the key and "|stripe" otherwise.
        assertThat(count("MATCH (t:ReferralTally) WITH t.key AS key, count(*) AS n WHERE n > 1 RETURN count(*)"))
                .isZero();
    }

    @Test
    void theWritesThatMeetLocksAreRetriedOutsideTheirTransactions(@Autowired ApplicationContext context) {
        for (String controller : List.of("referralController", "activityController")) {
            var bean = context.getBean(controller);
            assertThat(bean).isInstanceOf(Advised.class);
            assertThat(((Advised) bean).getAdvisors()).as(controller)
                    .anyMatch(advisor -> advisor.getAdvice() instanceof AbstractRetryInterceptor);
            // the controllers open no transaction: each attempt's transaction is the service's own
            assertThat(((Advised) bean).getAdvisors()).as(controller)
                    .noneMatch(advisor -> advisor.getAdvice() instanceof TransactionInterceptor);
        }
    }

    @Test
    void referralsWrittenOutsideTheModuleAreCountedOnceEach() throws Exception {
        refer(WALK);
        neo4j.query("""
                MATCH (w:LinkWorker {id: 'w-kim'}), (a:Activity {id: $walk}), (n:Need {code: 'LONELINESS'})
                CREATE (r1:Referral {id: 'synthetic-1', status: 'DECLINED', declineReason: 'FULL',
                                     createdAt: datetime('2025-03-31T23:30:00Z')})-[:MADE_BY]->(w)
                CREATE (r2:Referral {id: 'synthetic-2', status: 'SENT',
                                     createdAt: datetime('2025-04-01T00:30:00+02:00')})-[:MADE_BY]->(w)
                CREATE (r1)-[:TO]->(a), (r1)-[:FOR_NEED]->(n), (r2)-[:TO]->(a), (r2)-[:FOR_NEED]->(n)
                """).bind(WALK).to("walk").run();
        tallies.count(List.of("synthetic-1", "synthetic-2"));
        assertThat(kept()).isEqualTo(recount());
        // Each counts on its day in the UK: the first at 00:30 on 1 April (23:30 UTC on 31 March), the second at
        // 23:30 on 31 March (22:30 UTC; 00:30 in the +02:00 it was written in).
        var april = kept().stream().filter(t -> t.key().equals("w-kim|NEED|LONELINESS|2025-04-01")).findFirst()
                .orElseThrow();
        assertThat(april.referrals()).isEqualTo(1);
        assertThat(april.declinedFull()).isEqualTo(1);
        assertThat(april.referralsByDay().get(0)).isEqualTo(1);
        assertThat(april.declinedFullByDay().get(0)).isEqualTo(1);
        var march = kept().stream().filter(t -> t.key().equals("w-kim|NEED|LONELINESS|2025-03-01")).findFirst()
                .orElseThrow();
        assertThat(march.referrals()).isEqualTo(1);
        assertThat(march.declinedFull()).isZero();
        assertThat(march.referralsByDay().get(30)).isEqualTo(1);
    }

    @Test
    void aReferralMadeJustAfterMidnightUkTimeCountsOnThatDayAndInThatMonth(@Autowired ReferralHistory history)
            throws Exception {
        // 00:30 on 1 June in the UK is 23:30 UTC on 31 May.
        history.refer(TestAccounts.accountId(neo4j, "lee"), "lee", referralTo(WALK),
                Instant.parse("2026-05-31T23:30:00Z"));
        assertThat(kept()).isEqualTo(recount());
        var june = kept().stream().filter(t -> t.key().startsWith("w-lee|NEED|LONELINESS|2026-06-01")).toList();
        assertThat(june).singleElement().satisfies(t -> {
            assertThat(t.referrals()).isEqualTo(1);
            assertThat(t.referralsByDay().get(0)).isEqualTo(1);
        });
        assertThat(kept()).noneMatch(t -> t.key().contains("|2026-05-01"));
    }

    @Test
    void theMigrationCountsEveryReferralAgainInTheNetworksDays(@Autowired ReferralHistory history,
                                                              @Autowired Driver driver) throws Exception {
        refer(WALK);
        refer(SING);
        history.refer(TestAccounts.accountId(neo4j, "lee"), "lee", referralTo(SING),
                Instant.parse("2026-05-31T23:30:00Z"));
        var counted = kept();
        // Tallies as the UTC days left them, and more wrong besides: the June referral counted in May, a count off.
        neo4j.query("""
                MATCH (t:ReferralTally) WHERE t.month = date('2026-06-01')
                SET t.key = replace(t.key, '2026-06-01', '2026-05-01'), t.month = date('2026-05-01'),
                    t.referralsByDay = [i IN range(0, 30) | CASE i WHEN 30 THEN 1 ELSE 0 END]
                WITH count(*) AS moved
                MATCH (t:ReferralTally) WITH t LIMIT 1 SET t.referrals = t.referrals + 5""").run();
        assertThat(kept()).isNotEqualTo(counted);
        var migration = new String(getClass().getResourceAsStream(
                "/neo4j/migrations/V0065__Referral_tallies_in_the_networks_days.cypher").readAllBytes(),
                StandardCharsets.UTF_8);
        for (int run = 0; run < 2; run++) { // a second run (as after one cut short) changes nothing
            try (var session = driver.session()) {
                session.run(migration).consume();
            }
            assertThat(kept()).isEqualTo(counted).isEqualTo(recount());
        }
    }

    private static NewReferral referralTo(String activity) {
        return new NewReferral(activity, List.of("LONELINESS"), "Recently bereaved; keen on walking.",
                new NewReferral.Participant("BEL-0143", "Phone 07700 900124",
                        new NewReferral.Consent(true, "Lee", Instant.parse("2025-03-04T10:15:00Z"))));
    }

    /** The kept tallies' referrals and declined as full, by maker, axis and code, summed over months and stripes. */
    private Map<String, List<Long>> totals() {
        return kept().stream().collect(Collectors.toMap(
                t -> String.join("|", List.of(t.key().split("\\|")).subList(0, 3)),
                t -> List.of(t.referrals(), t.declinedFull()),
                (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
    }

    private List<Tally> kept() {
        return List.copyOf(Rows.fetch(neo4j.query(KEPT), Tally.class).all());
    }

    private List<Tally> recount() {
        return List.copyOf(Rows.fetch(neo4j.query(RECOUNT), Tally.class).all());
    }
}
