package org.hedgerow.notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@link TestAccounts} network with a mail address for everyone, a real SMTP server ({@link TestSmtp}), and the
 * sender's own thread off, so that each test says when the sender runs ({@link #sent()}) and at what time.
 * Pat's weekly Tuesday walk in Belper and Quinn's singing in Glossop; referrals carry personal data that no mail
 * may show ({@link Inbox}).
 */
@TestPropertySource(properties = {"hedgerow.notifications.sender.enabled=false", "spring.mail.host=127.0.0.1",
    "hedgerow.notifications.site-url=https://hedgerow.example.org",
    "hedgerow.notifications.signing-key=a-test-key-that-is-long-enough-to-sign-links"})
abstract class NotificationTest extends ApiTest {

    static final String WALK = "a-walk";
    static final String SING = "a-sing";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestSmtp::port);
    }

    @Autowired MailDelivery delivery;
    @Autowired MailOutbox outbox;
    @Autowired Digests digests;
    @Autowired Reminders reminders;
    @Autowired Tokens tokens;
    @Autowired NotificationsProperties properties;
    @Autowired Clock clock;

    Inbox inbox;
    final LocalDate tuesday = LocalDate.now(NetworkZone.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @BeforeEach
    void network() throws Exception {
        neo4j.query("""
                MATCH (walkers:Group {id: 'g-belper-walkers'}), (choir:Group {id: 'g-glossop-choir'})
                MATCH (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                CREATE (mill:Venue {id: 'v-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (hall:Venue {id: 'v-hall', name: 'Glossop Hall', status: 'ACTIVE', version: 0})-[:IN]->(glossop)
                CREATE (:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (walkers)-[:RUNS]->(:Activity {id: $walk, name: 'Tuesday towpath walk', status: 'ACTIVE',
                        days: ['TUESDAY'], frequency: 'WEEKLY', startTime: localtime('10:00'),
                        endTime: localtime('11:30'), cost: 'FREE', version: 0, updatedAt: datetime()})-[:HELD_AT]->(mill)
                CREATE (choir)-[:RUNS]->(:Activity {id: $sing, name: 'Community singing', status: 'ACTIVE',
                        days: ['THURSDAY'], frequency: 'WEEKLY', startTime: localtime('19:00'),
                        endTime: localtime('20:30'), cost: 'FREE', version: 0, updatedAt: datetime()})-[:HELD_AT]->(hall)
                WITH 1 AS done
                MATCH (a:Account)
                CREATE (:Mailbox {accountId: a.id, address: a.username + '@example.org'})
                """).bind(WALK).to("walk").bind(SING).to("sing").run();
        TestSmtp.running().purgeEmailFromAllMailboxes();
        inbox = new Inbox(() -> List.copyOf(neo4j.query("""
                MATCH (p:Participant) RETURN p.reference AS value UNION MATCH (p:Participant) RETURN p.contact AS value
                UNION MATCH (r:Referral) RETURN r.reason AS value""").fetchAs(String.class).all()));
    }

    /** Runs the sender now and takes what the SMTP server received. */
    List<Inbox.Received> sent() throws Exception {
        return sent(clock.instant());
    }

    List<Inbox.Received> sent(Instant now) throws Exception {
        delivery.deliverDue(now);
        return inbox.take();
    }

    static List<String> to(List<Inbox.Received> mails) {
        return mails.stream().map(Inbox.Received::to).sorted().toList();
    }

    String refer(String activity) throws Exception {
        var body = browsers.request("lee", HttpMethod.POST, "/api/referrals", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Recently bereaved; keen on walking.",
                 "participant": {"reference": "BEL-0142", "contact": "Phone 07700 900123, prefers mornings",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2025-03-04T10:15:00Z"}}}"""
                .formatted(activity)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    void move(String username, String referralId, String to) throws Exception {
        browsers.request(username, HttpMethod.POST, "/api/referrals/" + referralId + "/status", """
                {"status": "%s", "version": %d}""".formatted(to, TestAccounts.version(neo4j, "Referral", referralId)))
                .andExpect(status().isOk());
    }

    long count(String cypher) {
        return TestGraph.count(neo4j, cypher);
    }
}
