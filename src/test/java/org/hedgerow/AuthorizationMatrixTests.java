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
            return path.replace("{ownGroup}", TestAccounts.OWN_GROUP)
                    .replace("{otherGroup}", TestAccounts.OTHER_GROUP)
                    .replace("{missingGroup}", "g-no-such-group")
                    .replace("{patAccount}", TestAccounts.accountId(neo4j, "pat"))
                    .replace("{spareAccount}", TestAccounts.accountId(neo4j, "spare"))
                    .replace("{adminAccount}", TestAccounts.accountId(neo4j, "ada"));
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
        }
        // Nobody raises (or changes) their own role.
        rows.add(row(Who.PROVIDER, HttpMethod.PATCH, "/api/accounts/{patAccount}", raiseToAdmin, 403));
        rows.add(row(Who.ADMIN, HttpMethod.PATCH, "/api/accounts/{adminAccount}", adminChangesOwnRole, 403));
        // The audit trail cannot be edited or deleted by anyone.
        rows.add(row(Who.ADMIN, HttpMethod.DELETE, "/api/audit", none, 405));
        rows.add(row(Who.ADMIN, HttpMethod.PUT, "/api/audit", none, 405));
        // Activity search: anyone, signed in or not, may search; a bad parameter is a 400 for everyone; read-only.
        for (Who who : Who.values()) {
            rows.add(row(who, HttpMethod.GET, "/api/activities/search", none, 200));
            rows.add(row(who, HttpMethod.GET, "/api/activities/search?q=walk&postcode=DE56&locality=AMBER", none, 200));
            rows.add(row(who, HttpMethod.GET, "/api/activities/search?size=500", none, 400));
        }
        rows.add(row(Who.ANONYMOUS, HttpMethod.POST, "/api/activities/search", none, 401));
        rows.add(row(Who.ADMIN, HttpMethod.POST, "/api/activities/search", none, 405));
        return rows.build();
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
