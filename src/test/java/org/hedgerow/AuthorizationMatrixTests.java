package org.hedgerow;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what, endpoint family by endpoint family: every role (and nobody signed in) against their
 * own and someone else's objects, through real sign-ins. Each later feature adds its rows to {@link #rows()}:
 * one line per case, {@code row(WHO, METHOD, path, body, expected status)}, with {@code {placeholders}}
 * for the fixture's ids.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests extends GraphTest {

    /** Who makes the request: nobody, or one of {@link TestAccounts}' accounts. */
    enum Who {
        ANONYMOUS(null), PROVIDER("pat"), OTHER_PROVIDER("quinn"), LINK_WORKER("lee"), FACILITATOR("fran"),
        ADMIN("ada");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    record Row(Who who, HttpMethod method, String path, Function<Fixture, String> body, int expected) {
        @Override
        public String toString() {
            return who + " " + method + " " + path + " → " + expected;
        }
    }

    /** What the placeholders stand for, read fresh for each request (versions move as rows change things). */
    record Fixture(Neo4jClient neo4j) {
        String expand(String path) {
            if (path.contains("{leesReferral}")) {
                path = path.replace("{leesReferral}", leesReferral());
            }
            return path.replace("{ownGroup}", TestAccounts.OWN_GROUP)
                    .replace("{otherGroup}", TestAccounts.OTHER_GROUP)
                    .replace("{missingGroup}", "g-no-such-group")
                    .replace("{ownActivity}", "a-own")
                    .replace("{otherActivity}", "a-other")
                    .replace("{patAccount}", TestAccounts.accountId(neo4j, "pat"))
                    .replace("{spareAccount}", TestAccounts.accountId(neo4j, "spare"))
                    .replace("{adminAccount}", TestAccounts.accountId(neo4j, "ada"))
                    .replace("{missingPost}", "no-such-post")
                    .replace("{introductionToPat}", path.contains("{introductionToPat}") ? introductionToPat() : "")
                    .replace("{helperOfOwnGroup}", path.contains("{helperOfOwnGroup}") ? helperOfOwnGroup() : "")
                    .transform(this::expandNewPosts);
        }

        /** {newPatPost} / {newQuinnPost}: a new post by Pat about Belper Walkers / Quinn about Glossop Choir. */
        private String expandNewPosts(String path) {
            if (path.contains("{newPatPost}")) {
                return path.replace("{newPatPost}", newPost("o-pat", TestAccounts.OWN_GROUP));
            }
            return path.contains("{newQuinnPost}")
                    ? path.replace("{newQuinnPost}", newPost("o-quinn", TestAccounts.OTHER_GROUP)) : path;
        }

        /** A new open noticeboard post (version 0) by an organiser about their group, placed where it is based. */
        private String newPost(String organiserId, String groupId) {
            return neo4j.query("""
                    MATCH (o:Organiser {id: $organiser}), (g:Group {id: $group})-[:BASED_IN]->(l:Locality)
                    CREATE (p:Post {id: randomUUID(), kind: 'ASK', title: 'Fixture post', text: 'For the matrix',
                                    topics: ['fixture'], status: 'OPEN', createdAt: datetime(), version: 0})
                    CREATE (p)-[:POSTED_BY]->(o), (p)-[:ABOUT]->(g), (p)-[:POSTED_IN]->(l)
                    RETURN p.id""").bind(organiserId).to("organiser").bind(groupId).to("group")
                    .fetchAs(String.class).one().orElseThrow();
        }

        /** A new referral, SENT, by link worker Lee to Pat's activity {@code a-own}; one per request. */
        String leesReferral() {
            return neo4j.query("""
                    MERGE (need:Need {code: 'LONELINESS'}) ON CREATE SET need.name = 'Loneliness', need.version = 0
                    WITH need
                    MATCH (a:Activity {id: 'a-own'}), (w:LinkWorker {id: 'w-lee'})
                    CREATE (r:Referral {id: randomUUID(), status: 'SENT', reason: 'Matrix', createdAt: datetime(),
                            updatedAt: datetime(), version: 0, overrideCapacity: false})
                    CREATE (r)-[:OF]->(:Participant {id: randomUUID(), reference: 'MX-1', contact: 'Phone', consent: true,
                            consentRecordedBy: 'Lee', consentRecordedAt: datetime()})
                    CREATE (r)-[:MADE_BY]->(w), (r)-[:TO]->(a), (r)-[:FOR_NEED]->(need)
                    CREATE (r)-[:HAD]->(:ReferralEvent {status: 'SENT', at: datetime(), version: 0})
                    RETURN r.id""").fetchAs(String.class).one().orElseThrow();
        }

        /** A new introduction from Quinn to Pat, waiting for an answer at version 0. */
        String introductionToPat() {
            return neo4j.query("""
                    MATCH (quinn:Organiser {id: 'o-quinn'}), (pat:Organiser {id: 'o-pat'})
                    CREATE (quinn)<-[:FROM]-(i:Introduction {id: randomUUID(), context: 'Matrix', status: 'REQUESTED',
                                                             requestedAt: datetime(), version: 0})-[:TO]->(pat)
                    RETURN i.id""").fetchAs(String.class).one().orElseThrow();
        }

        /** A new organiser of Pat's group, Belper Walkers, to take off it again; one per request. */
        String helperOfOwnGroup() {
            return neo4j.query("""
                    MATCH (g:Group {id: $group})
                    CREATE (o:Organiser {id: randomUUID(), name: 'Helper', version: 0})-[:ORGANISES {role: 'Helper'}]->(g)
                    RETURN o.id""").bind(TestAccounts.OWN_GROUP).to("group").fetchAs(String.class).one().orElseThrow();
        }

        /** A new organiser nobody knows yet, to ask for an introduction to. */
        String newOrganiser() {
            return neo4j.query("CREATE (o:Organiser {id: randomUUID(), name: 'New', version: 0}) RETURN o.id")
                    .fetchAs(String.class).one().orElseThrow();
        }

        long version(String label, String id) {
            return TestAccounts.version(neo4j, label, id);
        }
    }

    private static final AtomicInteger newUsernames = new AtomicInteger();

    static Stream<Row> rows() {
        Function<Fixture, String> none = f -> null;
        Function<Fixture, String> ownGroupEdit = f -> """
                {"description": "Gentle walks", "version": %d}""".formatted(f.version("Group", TestAccounts.OWN_GROUP));
        Function<Fixture, String> otherGroupEdit = f -> """
                {"description": "Songs", "version": %d}""".formatted(f.version("Group", TestAccounts.OTHER_GROUP));
        Function<Fixture, String> missingGroupEdit = f -> """
                {"description": "Ghost", "version": 0}""";
        Function<Fixture, String> newAccount = f -> """
                {"username": "new-%d", "displayName": "New", "role": "ADMIN", "password": "a long enough password"}
                """.formatted(newUsernames.incrementAndGet());
        Function<Fixture, String> passwordReset = f -> """
                {"newPassword": "%s"}""".formatted(TestAccounts.PASSWORD);
        Function<Fixture, String> ownPasswordChange = f -> """
                {"currentPassword": "%1$s", "newPassword": "%1$s"}""".formatted(TestAccounts.PASSWORD);
        Function<Fixture, String> raiseToAdmin = f -> """
                {"role": "ADMIN", "version": %d}""".formatted(f.version("Account", TestAccounts.accountId(f.neo4j(), "pat")));
        Function<Fixture, String> adminChangesOwnRole = f -> """
                {"role": "PROVIDER", "version": %d}""".formatted(f.version("Account", TestAccounts.accountId(f.neo4j(), "ada")));

        var rows = Stream.<Row>builder();
        // The public directory and the network's aggregates: anyone.
        for (Who who : Who.values()) {
            rows.add(row(who, HttpMethod.GET, "/api/network/summary", none, 200));
            rows.add(row(who, HttpMethod.GET, "/api/groups/{ownGroup}", none, 200));
        }
        // Who is signed in.
        for (Who who : Who.values()) {
            rows.add(row(who, HttpMethod.GET, "/api/session", none, who == Who.ANONYMOUS ? 401 : 200));
        }
        // Changing a group: its organisers, a facilitator of its place, admins.
        rows.add(row(Who.ANONYMOUS, HttpMethod.PATCH, "/api/groups/{ownGroup}", ownGroupEdit, 401));
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/groups/{ownGroup}", ownGroupEdit, 200));
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/groups/{otherGroup}", otherGroupEdit, 403));
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/groups/{missingGroup}", missingGroupEdit, 404));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.PATCH, "/api/groups/{ownGroup}", ownGroupEdit, 403));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.PATCH, "/api/groups/{otherGroup}", otherGroupEdit, 200));
        rows.add(row(Who.LINK_WORKER, HttpMethod.PATCH, "/api/groups/{ownGroup}", ownGroupEdit, 403));
        rows.add(row(Who.FACILITATOR, HttpMethod.PATCH, "/api/groups/{ownGroup}", ownGroupEdit, 200));
        rows.add(row(Who.FACILITATOR, HttpMethod.PATCH, "/api/groups/{otherGroup}", otherGroupEdit, 403));
        rows.add(row(Who.ADMIN, HttpMethod.PATCH, "/api/groups/{ownGroup}", ownGroupEdit, 200));
        rows.add(row(Who.ADMIN, HttpMethod.PATCH, "/api/groups/{otherGroup}", otherGroupEdit, 200));
        // Taking an organiser off a group: as changing it.
        Function<Fixture, String> ownGroupVersion = f -> """
                {"version": %d}""".formatted(f.version("Group", TestAccounts.OWN_GROUP));
        String removeHelper = "/api/groups/{ownGroup}/organisers/{helperOfOwnGroup}/remove";
        rows.add(row(Who.ANONYMOUS, HttpMethod.POST, removeHelper, ownGroupVersion, 401));
        rows.add(row(Who.LINK_WORKER, HttpMethod.POST, removeHelper, ownGroupVersion, 403));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.POST, removeHelper, ownGroupVersion, 403));
        rows.add(row(Who.PROVIDER, HttpMethod.POST, removeHelper, ownGroupVersion, 200));
        rows.add(row(Who.FACILITATOR, HttpMethod.POST, removeHelper, ownGroupVersion, 200));
        rows.add(row(Who.ADMIN, HttpMethod.POST, removeHelper, ownGroupVersion, 200));
        // Accounts and the audit trail: admins only.
        for (Who who : Who.values()) {
            int adminOnly = who == Who.ANONYMOUS ? 401 : who == Who.ADMIN ? 200 : 403;
            rows.add(row(who, HttpMethod.GET, "/api/accounts", none, adminOnly));
            rows.add(row(who, HttpMethod.GET, "/api/accounts/{patAccount}", none, adminOnly));
            rows.add(row(who, HttpMethod.GET, "/api/audit", none, adminOnly));
            rows.add(row(who, HttpMethod.POST, "/api/accounts", newAccount, adminOnly == 200 ? 201 : adminOnly));
            rows.add(row(who, HttpMethod.POST, "/api/accounts/{spareAccount}/password", passwordReset,
                    adminOnly == 200 ? 204 : adminOnly));
            rows.add(row(who, HttpMethod.PUT, "/api/session/password", ownPasswordChange,
                    who == Who.ANONYMOUS ? 401 : 204));
            // The mail outbox: admins only. Everyone signed in has a notification centre of their own.
            rows.add(row(who, HttpMethod.GET, "/api/admin/mail", none, adminOnly));
            rows.add(row(who, HttpMethod.GET, "/api/admin/mail/summary", none, adminOnly));
            // Backups: admins only (the tests' Neo4j is external, so taking one is refused as that server's job).
            rows.add(row(who, HttpMethod.GET, "/api/admin/backups", none, adminOnly));
            rows.add(row(who, HttpMethod.POST, "/api/admin/backups", none, adminOnly == 200 ? 409 : adminOnly));
            rows.add(row(who, HttpMethod.GET, "/api/notifications", none, who == Who.ANONYMOUS ? 401 : 200));
            rows.add(row(who, HttpMethod.GET, "/api/notifications/settings", none, who == Who.ANONYMOUS ? 401 : 200));
        }
        // Nobody raises (or changes) their own role.
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/accounts/{patAccount}", raiseToAdmin, 403));
        rows.add(row(Who.ADMIN, HttpMethod.PATCH, "/api/accounts/{adminAccount}", adminChangesOwnRole, 403));
        // The audit trail cannot be edited or deleted by anyone.
        rows.add(row(Who.ADMIN, HttpMethod.DELETE, "/api/audit", none, 405));
        rows.add(row(Who.ADMIN, HttpMethod.PUT, "/api/audit", none, 405));
        directoryRows(rows);
        // The noticeboard: everyone signed in reads and replies; providers, facilitators and admins post (about
        // anyone's group); the author, a facilitator of the post's place or an admin closes; only the author edits.
        // {newPatPost} is a new post by Pat about Belper Walkers (Belper), {newQuinnPost} by Quinn about Glossop Choir.
        Function<Fixture, String> newPost = f -> """
                {"kind": "ASK", "title": "Venue with a kitchen", "text": "Thursdays", "topics": ["venues"],
                 "about": {"kind": "GROUP", "id": "%s"}}""".formatted(TestAccounts.OWN_GROUP);
        Function<Fixture, String> reply = f -> """
                {"text": "We have one"}""";
        Function<Fixture, String> closeNew = f -> """
                {"note": "Met", "version": 0}""";
        Function<Fixture, String> editNew = f -> """
                {"text": "Thursday evenings", "version": 0}""";
        for (Who who : Who.values()) {
            int signedIn = who == Who.ANONYMOUS ? 401 : 200;
            rows.add(row(who, HttpMethod.GET, "/api/posts", none, signedIn));
            rows.add(row(who, HttpMethod.GET, "/api/posts/{newPatPost}", none, signedIn));
            rows.add(row(who, HttpMethod.POST, "/api/posts/{newPatPost}/replies", reply, signedIn == 200 ? 201 : 401));
            rows.add(row(who, HttpMethod.POST, "/api/posts", newPost,
                    who == Who.ANONYMOUS ? 401 : who == Who.LINK_WORKER ? 403 : 201));
        }
        rows.add(row(Who.ANONYMOUS, HttpMethod.POST, "/api/posts/{newPatPost}/close", closeNew, 401));
        rows.add(row(Who.PROVIDER, HttpMethod.POST, "/api/posts/{newPatPost}/close", closeNew, 200));
        rows.add(row(Who.PROVIDER, HttpMethod.POST, "/api/posts/{newQuinnPost}/close", closeNew, 403));
        rows.add(row(Who.PROVIDER, HttpMethod.POST, "/api/posts/{missingPost}/close", closeNew, 404));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.POST, "/api/posts/{newPatPost}/close", closeNew, 403));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.POST, "/api/posts/{newQuinnPost}/close", closeNew, 200));
        rows.add(row(Who.LINK_WORKER, HttpMethod.POST, "/api/posts/{newPatPost}/close", closeNew, 403));
        rows.add(row(Who.FACILITATOR, HttpMethod.POST, "/api/posts/{newPatPost}/close", closeNew, 200));
        rows.add(row(Who.FACILITATOR, HttpMethod.POST, "/api/posts/{newQuinnPost}/close", closeNew, 403));
        rows.add(row(Who.ADMIN, HttpMethod.POST, "/api/posts/{newPatPost}/close", closeNew, 200));
        rows.add(row(Who.ADMIN, HttpMethod.POST, "/api/posts/{newQuinnPost}/close", closeNew, 200));
        rows.add(row(Who.ANONYMOUS, HttpMethod.PATCH, "/api/posts/{newPatPost}", editNew, 401));
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/posts/{newPatPost}", editNew, 200));
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/posts/{newQuinnPost}", editNew, 403));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.PATCH, "/api/posts/{newPatPost}", editNew, 403));
        rows.add(row(Who.LINK_WORKER, HttpMethod.PATCH, "/api/posts/{newPatPost}", editNew, 403));
        rows.add(row(Who.FACILITATOR, HttpMethod.PATCH, "/api/posts/{newPatPost}", editNew, 403));
        rows.add(row(Who.ADMIN, HttpMethod.PATCH, "/api/posts/{newPatPost}", editNew, 403));
        // Referrals: seen and moved only by their two sides (admins read); anyone else is told nothing exists.
        Function<Fixture, String> newReferral = f -> {
            f.leesReferral(); // makes sure the need exists
            return """
                    {"activity": "a-own", "needs": ["LONELINESS"], "reason": "Matrix",
                     "participant": {"reference": "MX-2", "contact": "Phone",
                       "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2025-01-01T10:00:00Z"}}}""";
        };
        Function<Fixture, String> accept = f -> """
                {"status": "ACCEPTED", "version": 0}""";
        Function<Fixture, String> withdraw = f -> """
                {"status": "WITHDRAWN", "version": 0}""";
        Function<Fixture, String> onward = f -> """
                {"activity": "a-other", "needs": ["LONELINESS"], "reason": "Matrix"}""";
        for (Who who : Who.values()) {
            boolean signedIn = who != Who.ANONYMOUS;
            boolean side = who == Who.PROVIDER || who == Who.LINK_WORKER;
            int seen = !signedIn ? 401 : side || who == Who.ADMIN ? 200 : 404;
            rows.add(row(who, HttpMethod.POST, "/api/referrals", newReferral,
                    !signedIn ? 401 : who == Who.LINK_WORKER ? 201 : 403));
            rows.add(row(who, HttpMethod.GET, "/api/referrals/{leesReferral}", none, seen));
            rows.add(row(who, HttpMethod.GET, "/api/referrals/{leesReferral}/path", none, seen));
            rows.add(row(who, HttpMethod.GET, "/api/referrals", none,
                    !signedIn ? 401 : side || who == Who.OTHER_PROVIDER ? 200 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/referrals/{leesReferral}/status", accept,
                    !signedIn ? 401 : who == Who.PROVIDER ? 200 : seen == 404 ? 404 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/referrals/{leesReferral}/status", withdraw,
                    !signedIn ? 401 : who == Who.LINK_WORKER ? 200 : seen == 404 ? 404 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/referrals/{leesReferral}/onward", onward,
                    !signedIn ? 401 : who == Who.PROVIDER ? 201 : who == Who.OTHER_PROVIDER ? 404 : 403));
            // A group's referral flows (counts only): its organisers, a facilitator of its place, admins.
            rows.add(row(who, HttpMethod.GET, "/api/groups/{ownGroup}/flows", none,
                    !signedIn ? 401 : who == Who.PROVIDER || who == Who.FACILITATOR || who == Who.ADMIN ? 200 : 403));
            rows.add(row(who, HttpMethod.GET, "/api/groups/{missingGroup}/flows", none, !signedIn ? 401 : 404));
            // How a listing answers referrals: about the provider, so anyone signed in; not the public.
            rows.add(row(who, HttpMethod.GET, "/api/activities/{ownActivity}/responsiveness", none, !signedIn ? 401 : 200));
            rows.add(row(who, HttpMethod.GET, "/api/groups/{otherGroup}/responsiveness", none, !signedIn ? 401 : 200));
            rows.add(row(who, HttpMethod.GET, "/api/groups/{missingGroup}/responsiveness", none, !signedIn ? 401 : 404));
        }
        // Connections: suggestions and acquaintances for anyone signed in; introductions for providers (as
        // their own organiser) and admins (for anyone); an introduction is answered by its recipient or an admin.
        Function<Fixture, String> asOwnOrganiser = f -> """
                {"to": "%s", "context": "We should meet"}""".formatted(f.newOrganiser());
        Function<Fixture, String> asPat = f -> """
                {"from": "o-pat", "to": "%s", "context": "We should meet"}""".formatted(f.newOrganiser());
        Function<Fixture, String> answer = f -> """
                {"version": 0}""";
        for (Who who : Who.values()) {
            int signedIn = who == Who.ANONYMOUS ? 401 : 200;
            int introducer = who == Who.ANONYMOUS ? 401
                    : who == Who.PROVIDER || who == Who.OTHER_PROVIDER || who == Who.ADMIN ? 200 : 403;
            rows.add(row(who, HttpMethod.GET, "/api/groups/{ownGroup}/collaborators", none, signedIn));
            rows.add(row(who, HttpMethod.GET, "/api/organisers/o-pat/connections", none, signedIn));
            rows.add(row(who, HttpMethod.GET, who == Who.ADMIN ? "/api/introductions?organiser=o-pat" : "/api/introductions",
                    none, introducer));
            rows.add(row(who, HttpMethod.POST, "/api/introductions", who == Who.ADMIN ? asPat : asOwnOrganiser,
                    introducer == 200 ? 201 : introducer));
            for (String verb : new String[] {"accept", "decline"}) {
                rows.add(row(who, HttpMethod.POST, "/api/introductions/{introductionToPat}/" + verb, answer,
                        who == Who.PROVIDER || who == Who.ADMIN ? 200 : signedIn == 401 ? 401 : 403));
            }
        }
        rows.add(row(Who.PROVIDER, HttpMethod.GET, "/api/groups/{missingGroup}/collaborators", none, 404));
        rows.add(row(Who.PROVIDER, HttpMethod.GET, "/api/introductions?organiser=o-quinn", none, 403));
        rows.add(row(Who.OTHER_PROVIDER, HttpMethod.POST, "/api/introductions", asPat, 403));
        rows.add(row(Who.PROVIDER, HttpMethod.POST, "/api/introductions/no-such-introduction/accept", answer, 404));
        // Activity search: anyone, signed in or not, may search; a bad parameter is a 400 for everyone; read-only.
        for (Who who : Who.values()) {
            rows.add(row(who, HttpMethod.GET, "/api/activities/search", none, 200));
            rows.add(row(who, HttpMethod.GET, "/api/activities/search?q=walk&postcode=DE56&locality=AMBER", none, 200));
            rows.add(row(who, HttpMethod.GET, "/api/activities/search?size=500", none, 400));
        }
        rows.add(row(Who.ANONYMOUS, HttpMethod.POST, "/api/activities/search", none, 401));
        rows.add(row(Who.ADMIN, HttpMethod.POST, "/api/activities/search", none, 405));
        // Network insights and the network graph: facilitators (for their place, Amber Valley, and what is within
        // it) and admins; a provider sees only their own group's flows; link workers nothing. CSV the same as JSON.
        for (Who who : Who.values()) {
            boolean signedIn = who != Who.ANONYMOUS;
            int planner = !signedIn ? 401 : who == Who.FACILITATOR || who == Who.ADMIN ? 200 : 403;
            for (String view : new String[] {"gaps", "gaps.csv", "flows", "flows.csv", "health", "health.csv",
                    "outcomes", "outcomes.csv", "relationships", "relationships.csv",
                    "gatherings", "gatherings.csv"}) {
                rows.add(row(who, HttpMethod.GET, "/api/insights/" + view, none, planner));
                rows.add(row(who, HttpMethod.GET, "/api/insights/" + view + "?locality=BELPER", none, planner));
                rows.add(row(who, HttpMethod.GET, "/api/insights/" + view + "?locality=GLOSSOP", none,
                        !signedIn ? 401 : who == Who.ADMIN ? 200 : 403));
            }
            rows.add(row(who, HttpMethod.GET, "/api/insights/gaps?by=need&locality=AMBER", none, planner));
            rows.add(row(who, HttpMethod.GET, "/api/insights/flows?group={ownGroup}", none, !signedIn ? 401
                    : who == Who.PROVIDER || who == Who.FACILITATOR || who == Who.ADMIN ? 200 : 403));
            rows.add(row(who, HttpMethod.GET, "/api/insights/flows.csv?group={ownGroup}", none, !signedIn ? 401
                    : who == Who.PROVIDER || who == Who.FACILITATOR || who == Who.ADMIN ? 200 : 403));
            rows.add(row(who, HttpMethod.GET, "/api/insights/flows?group={otherGroup}", none, !signedIn ? 401
                    : who == Who.OTHER_PROVIDER || who == Who.ADMIN ? 200 : 403));
            rows.add(row(who, HttpMethod.GET, "/api/network/graph", none, planner));
            rows.add(row(who, HttpMethod.GET, "/api/network/graph?locality=GLOSSOP", none,
                    !signedIn ? 401 : who == Who.ADMIN ? 200 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/insights/gaps", none, !signedIn ? 401 : 405));
        }
        rows.add(row(Who.FACILITATOR, HttpMethod.GET, "/api/insights/gaps?locality=NOWHERE", none, 404));
        rows.add(row(Who.PROVIDER, HttpMethod.GET, "/api/insights/flows?group={missingGroup}", none, 404));
        // Gatherings: facilitators (within their place) and admins convene; providers see their invitations;
        // link workers have no part in them.
        Function<Fixture, String> newGathering = f -> """
                {"title": "Belper providers' evening", "startsAt": "%s", "venue": "v-own", "groups": ["%s"]}"""
                .formatted(java.time.Instant.now().plus(java.time.Duration.ofDays(30)), TestAccounts.OWN_GROUP);
        for (Who who : Who.values()) {
            boolean signedIn = who != Who.ANONYMOUS;
            boolean convenes = who == Who.FACILITATOR || who == Who.ADMIN;
            rows.add(row(who, HttpMethod.GET, "/api/gatherings", none,
                    !signedIn ? 401 : who == Who.LINK_WORKER ? 403 : 200));
            rows.add(row(who, HttpMethod.POST, "/api/gatherings", newGathering, !signedIn ? 401 : convenes ? 201 : 403));
        }
        // Feed imports: facilitators and admins import; only admins allow hosts; anyone sees where a listing came
        // from; providers claim, facilitators and admins decide.
        for (Who who : Who.values()) {
            boolean signedIn = who != Who.ANONYMOUS;
            boolean imports = who == Who.FACILITATOR || who == Who.ADMIN;
            int importer = !signedIn ? 401 : imports ? 200 : 403;
            rows.add(row(who, HttpMethod.GET, "/api/imports", none, importer));
            rows.add(row(who, HttpMethod.GET, "/api/imports/term-mappings", none, importer));
            rows.add(row(who, HttpMethod.GET, "/api/imports/allowed-hosts", none, importer));
            rows.add(row(who, HttpMethod.POST, "/api/imports/allowed-hosts", f -> "{\"host\": \"feeds.example.org\"}",
                    !signedIn ? 401 : who == Who.ADMIN ? 201 : 403));
            rows.add(row(who, HttpMethod.GET, "/api/imports/sources/a-own", none, 200));
            rows.add(row(who, HttpMethod.GET, "/api/imports/claims", none,
                    !signedIn ? 401 : who == Who.LINK_WORKER ? 403 : 200));
            rows.add(row(who, HttpMethod.POST, "/api/imports/claims", f -> "{\"listing\": \"a-own\"}",
                    !signedIn ? 401 : who == Who.PROVIDER || who == Who.OTHER_PROVIDER ? 404 : 403));
        }
        return rows.build();
    }

    /** The directory: read by anyone; each kind of thing changed by those who look after it. */
    private static void directoryRows(Stream.Builder<Row> rows) {
        Function<Fixture, String> none = f -> null;
        Function<Fixture, String> ownActivityEdit = f -> """
                {"contact": "Ring Pat", "version": %d}""".formatted(f.version("Activity", "a-own"));
        Function<Fixture, String> otherActivityEdit = f -> """
                {"contact": "Ring Quinn", "version": %d}""".formatted(f.version("Activity", "a-other"));
        Function<Fixture, String> ownSpaces = f -> """
                {"spacesLeft": 2, "version": %d}""".formatted(f.version("Activity", "a-own"));
        Function<Fixture, String> newGroup = f -> """
                {"name": "Belper Knitters %d", "locality": "BELPER"}""".formatted(newUsernames.incrementAndGet());
        Function<Fixture, String> newActivity = f -> """
                {"group": "g-belper-walkers", "venue": "v-own", "name": "Evening stroll", "cost": "FREE"}""";
        Function<Fixture, String> newVenue = f -> """
                {"name": "Belper Library", "address": "Bridge Street", "postcode": "DE56 1BX", "latitude": 53.02,
                 "longitude": -1.48, "locality": "BELPER"}""";
        Function<Fixture, String> newLocality = f -> """
                {"code": "NEW-%d", "name": "Heage", "kind": "LOCALITY", "within": "AMBER", "latitude": 53.05,
                 "longitude": -1.45}""".formatted(newUsernames.incrementAndGet());
        Function<Fixture, String> newCategory = f -> """
                {"code": "NEW_%d", "name": "Gardening"}""".formatted(newUsernames.incrementAndGet());
        Function<Fixture, String> ownProfile = f -> """
                {"bio": "Walks", "version": %d}""".formatted(f.version("Organiser", "o-pat"));
        for (Who who : Who.values()) {
            for (String path : new String[] {"/api/localities", "/api/localities/BELPER", "/api/venues",
                    "/api/venues/v-own", "/api/organisers", "/api/organisers/o-pat", "/api/groups",
                    "/api/activities", "/api/activities/a-own", "/api/categories", "/api/needs"}) {
                rows.add(row(who, HttpMethod.GET, path, none, 200));
            }
            boolean signedIn = who != Who.ANONYMOUS;
            boolean looksAfterOwn = who == Who.PROVIDER || who == Who.FACILITATOR || who == Who.ADMIN;
            rows.add(row(who, HttpMethod.PATCH, "/api/activities/{ownActivity}", ownActivityEdit,
                    !signedIn ? 401 : looksAfterOwn ? 200 : 403));
            rows.add(row(who, HttpMethod.PUT, "/api/activities/{ownActivity}/spaces", ownSpaces,
                    !signedIn ? 401 : looksAfterOwn ? 200 : 403));
            rows.add(row(who, HttpMethod.PATCH, "/api/activities/{otherActivity}", otherActivityEdit,
                    !signedIn ? 401 : who == Who.OTHER_PROVIDER || who == Who.ADMIN ? 200 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/activities", newActivity,
                    !signedIn ? 401 : looksAfterOwn ? 201 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/groups", newGroup,
                    !signedIn ? 401 : who == Who.LINK_WORKER ? 403 : 201));
            rows.add(row(who, HttpMethod.POST, "/api/venues", newVenue,
                    !signedIn ? 401 : who == Who.LINK_WORKER ? 403 : 201));
            rows.add(row(who, HttpMethod.POST, "/api/localities", newLocality,
                    !signedIn ? 401 : who == Who.FACILITATOR || who == Who.ADMIN ? 201 : 403));
            rows.add(row(who, HttpMethod.POST, "/api/categories", newCategory,
                    !signedIn ? 401 : who == Who.ADMIN ? 201 : 403));
            rows.add(row(who, HttpMethod.PATCH, "/api/organisers/o-pat", ownProfile,
                    !signedIn ? 401 : who == Who.PROVIDER || who == Who.FACILITATOR || who == Who.ADMIN ? 200 : 403));
        }
    }

    private static Row row(Who who, HttpMethod method, String path, Function<Fixture, String> body, int expected) {
        return new Row(who, method, path, body, expected);
    }

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    private final Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);

    @BeforeAll
    void signEveryoneIn() throws Exception {
        TestAccounts.create(neo4j, provisioning);
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'}), (glossop:Locality {code: 'GLOSSOP'})
                MATCH (walkers:Group {id: $own}), (choir:Group {id: $other})
                CREATE (walkers)-[:RUNS]->(:Activity {id: 'a-own', name: 'Walk', capacity: 10, spacesLeft: 5,
                        cost: 'FREE', status: 'ACTIVE', version: 0})
                       -[:HELD_AT]->(:Venue {id: 'v-own', name: 'Strutt Centre', version: 0})-[:IN]->(belper)
                CREATE (choir)-[:RUNS]->(:Activity {id: 'a-other', name: 'Sing', cost: 'FREE', status: 'ACTIVE',
                        version: 0})-[:HELD_AT]->(:Venue {id: 'v-other', name: 'Victoria Hall', version: 0})-[:IN]->(glossop)
                """).bind(TestAccounts.OWN_GROUP).to("own").bind(TestAccounts.OTHER_GROUP).to("other").run();
        for (Who who : Who.values()) {
            var session = new MockHttpSession();
            if (who.username != null) {
                TestAccounts.signIn(mvc, who.username, TestAccounts.PASSWORD, session).andExpect(status().isOk());
            }
            sessions.put(who, session);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRoleGetsWhatItMay(Row row) throws Exception {
        var fixture = new Fixture(neo4j);
        var request = request(row.method(), fixture.expand(row.path())).session(sessions.get(row.who())).with(csrf());
        String body = row.body().apply(fixture);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(request).andExpect(status().is(row.expected()));
    }
}
