package org.hedgerow.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hedgerow.connections.IntroductionAnswer;
import org.hedgerow.connections.IntroductionHistory;
import org.hedgerow.connections.IntroductionRequest;
import org.hedgerow.core.Rows;
import org.hedgerow.noticeboard.NewPost;
import org.hedgerow.noticeboard.NewReply;
import org.hedgerow.noticeboard.NoticeboardHistory;
import org.hedgerow.referral.NewReferral;
import org.hedgerow.referral.OnwardReferral;
import org.hedgerow.referral.ReferralHistory;
import org.hedgerow.referral.ReferralStatus;
import org.hedgerow.referral.StatusRequest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo network's year ({@link DemoYear}, {@link DemoConversations}) through the writers real use goes
 * through: the referral statements for making, moving and referring on, the introductions' and the noticeboard's,
 * each acting as the demo account who did it and dated when it happened. Called inside the transaction that loads
 * the demo, after its accounts are opened. Every activity starts the year with all its places, so that acceptances
 * take spaces as they would have, and ends it with the spaces left the network file gives (what its organisers
 * say today).
 */
@Component
class DemoHistory {

    static final long SEED = 2023;

    /** Every demo account by what it acts as (an organiser or link worker id), and the facilitator by username. */
    private static final String ACCOUNTS = """
            MATCH (account:Account)
            RETURN account.id AS id, account.username AS username, account.role AS role,
                   coalesce([(account)-[:ACTS_AS]->(x) | x.id][0], account.username) AS actsAs
            """;

    private static final String SPACES = """
            UNWIND $rows AS row
            MATCH (a:Activity {id: row.id})
            SET a.spacesLeft = row.spacesLeft
            """;

    record Account(String id, String username, String role, String actsAs) {
    }

    /** What the history wrote. */
    record Written(int people, int referrals, int moves, int introductions, int posts, int replies) {
    }

    private record Spaces(String id, Integer spacesLeft) {
    }

    private final Neo4jClient neo4j;
    private final ReferralHistory referrals;
    private final IntroductionHistory introductions;
    private final NoticeboardHistory noticeboard;
    private final Clock clock;

    DemoHistory(Neo4jClient neo4j, ReferralHistory referrals, IntroductionHistory introductions,
                NoticeboardHistory noticeboard, Clock clock) {
        this.neo4j = neo4j;
        this.referrals = referrals;
        this.introductions = introductions;
        this.noticeboard = noticeboard;
        this.clock = clock;
    }

    /** The year up to now. */
    Written write(NetworkRows network) {
        return write(network, clock.instant());
    }

    Written write(NetworkRows network, Instant now) {
        var accounts = Rows.fetch(neo4j.query(ACCOUNTS), Account.class).all().stream()
                .collect(Collectors.toMap(Account::actsAs, account -> account, (a, b) -> a));
        var leads = network.groups().stream().collect(Collectors.toMap(NetworkRows.Group::id,
                group -> accounts.get(group.organisers().getFirst().organiser())));
        setSpaces(network.activities().stream().map(a -> new Spaces(a.id(), a.capacity())).toList());
        int referralsMade = 0;
        int moves = 0;
        var people = DemoYear.people(network, now, SEED);
        for (var person : people) {
            var worker = accounts.get(person.linkWorker());
            String before = null;
            Account referrer = worker;
            for (var step : person.steps()) {
                String id;
                if (before == null) {
                    id = referrals.refer(worker.id(), worker.username(), new NewReferral(step.activity(), step.needs(),
                            step.reason(), new NewReferral.Participant(person.reference(),
                                    "Demo contact: through " + person.linkWorkerName(),
                                    new NewReferral.Consent(true, person.linkWorkerName() + " (link worker)",
                                            step.at().minus(Duration.ofMinutes(10))))), step.at());
                } else {
                    id = referrals.referOn(before, referrer.id(), referrer.username(),
                            new OnwardReferral(step.activity(), step.needs(), step.reason(), null), step.at());
                }
                referralsMade++;
                long version = 0;
                for (var move : step.moves()) {
                    var by = move.to() == ReferralStatus.WITHDRAWN ? referrer : leads.get(step.group());
                    version = referrals.move(id, by.id(), by.username(), by.role(), new StatusRequest(move.to(),
                            move.note(), move.declineReason(), false, move.outcomes(), version), move.at());
                    moves++;
                }
                before = id;
                referrer = leads.get(step.group());
            }
        }
        setSpaces(network.activities().stream().map(a -> new Spaces(a.id(), a.spacesLeft())).toList());
        int introduced = introductions(accounts, now);
        int[] posted = posts(accounts, now);
        return new Written(people.size(), referralsMade, moves, introduced, posted[0], posted[1]);
    }

    private void setSpaces(List<Spaces> rows) {
        neo4j.query(SPACES).bind(rows.stream().map(row -> {
            var map = new HashMap<String, Object>(); // spaces left may be null (a drop-in)
            map.put("id", row.id());
            map.put("spacesLeft", row.spacesLeft());
            return map;
        }).toList()).to("rows").run();
    }

    private int introductions(Map<String, Account> accounts, Instant now) {
        int entry = 0;
        for (var planned : DemoConversations.INTRODUCTIONS) {
            var from = accounts.get(planned.from());
            var to = accounts.get(planned.to());
            Instant asked = DemoConversations.daysAgo(now, planned.daysAgo(), entry++);
            var asking = introductions.ask(from.id(), planned.from(),
                    new IntroductionRequest(planned.to(), planned.context(), planned.group(), null), asked);
            if (planned.answer() != null) {
                introductions.answer(asking.id(), to.id(), planned.answer(),
                        new IntroductionAnswer(asking.version(), planned.note()),
                        DemoConversations.daysAgo(now, planned.daysAgo() - planned.answeredAfterDays(), entry));
            }
        }
        return DemoConversations.INTRODUCTIONS.size();
    }

    /** The posts and their replies; returns how many of each. */
    private int[] posts(Map<String, Account> accounts, Instant now) {
        int entry = 0;
        int replies = 0;
        for (var planned : DemoConversations.POSTS) {
            String id = noticeboard.post(accounts.get(planned.author()).id(),
                    new NewPost(planned.kind(), planned.title(), planned.text(), planned.topics(),
                            new NewPost.About(planned.aboutKind(), planned.aboutId()), null),
                    DemoConversations.daysAgo(now, planned.daysAgo(), entry++));
            for (var reply : planned.replies()) {
                noticeboard.reply(id, accounts.get(reply.author()).id(), new NewReply(reply.text()),
                        DemoConversations.daysAgo(now, planned.daysAgo() - reply.daysAfter(), entry++));
            }
            replies += planned.replies().size();
        }
        return new int[] {DemoConversations.POSTS.size(), replies};
    }
}
