package org.hedgerow.accounts;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = {"hedgerow.security.sign-in-throttle.per-username=3",
    "hedgerow.security.sign-in-throttle.per-address=1000"})
@AutoConfigureMockMvc
class AccountManagementTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;

    MockHttpSession admin;

    @BeforeEach
    void signInAsAdmin() throws Exception {
        TestAccounts.create(neo4j, provisioning);
        admin = new MockHttpSession();
        signIn("ada", TestAccounts.PASSWORD, admin).andExpect(status().isOk());
    }

    @Test
    void anAdminOpensAProviderAccountThatSignsInAsItsOrganiser() throws Exception {
        mvc.perform(post("/api/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "pat2", "displayName": "Pat again", "role": "PROVIDER", "actsAs": "o-pat",
                         "password": "another long password"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.actsAs.name").value("Pat"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        signIn("pat2", "another long password").andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PROVIDER")).andExpect(jsonPath("$.actsAs.id").value("o-pat"));
        assertThat(auditCount("ACCOUNT_CREATED")).isEqualTo(1);
    }

    @Test
    void badAccountsAreRefusedFieldByFieldAndNothingIsCreated() throws Exception {
        long before = accounts();
        create("""
                {"username": "Bad Name", "displayName": "", "role": "PROVIDER", "actsAs": "o-pat", "password": "short"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username").exists())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.password").value("must be 12 to 128 characters"));
        create("""
                {"username": "noone", "displayName": "No one", "role": "PROVIDER", "password": "a long enough password"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.actsAs").exists());
        create("""
                {"username": "ghost", "displayName": "Ghost", "role": "LINK_WORKER", "actsAs": "w-nobody",
                 "password": "a long enough password"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.actsAs").value("does not name an existing link worker"));
        create("""
                {"username": "pat", "displayName": "Pat twin", "role": "PROVIDER", "actsAs": "o-pat",
                 "password": "a long enough password"}""")
                .andExpect(status().isConflict());
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aStaleChangeIsRefusedAndNothingIsLost() throws Exception {
        String pat = TestAccounts.accountId(neo4j, "pat");
        long version = TestAccounts.version(neo4j, "Account", pat);
        change(pat, """
                {"displayName": "Patricia", "version": %d}""".formatted(version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Patricia"));
        change(pat, """
                {"displayName": "Patrick", "version": %d}""".formatted(version)).andExpect(status().isConflict());

        mvc.perform(get("/api/accounts/" + pat).session(admin)).andExpect(jsonPath("$.displayName").value("Patricia"));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String lee = TestAccounts.accountId(neo4j, "lee");
        change(lee, """
                {"enabled": false, "version": %d}""".formatted(TestAccounts.version(neo4j, "Account", lee)))
                .andExpect(status().isOk());

        signIn("lee", TestAccounts.PASSWORD).andExpect(status().isUnauthorized());
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        String quinn = TestAccounts.accountId(neo4j, "quinn");
        mvc.perform(post("/api/accounts/" + quinn + "/password").session(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newPassword": "a brand new password"}"""))
                .andExpect(status().isNoContent());

        signIn("quinn", TestAccounts.PASSWORD).andExpect(status().isUnauthorized());
        signIn("quinn", "a brand new password").andExpect(status().isOk());
        assertThat(auditCount("PASSWORD_RESET")).isEqualTo(1);
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        var fran = new MockHttpSession();
        signIn("fran", TestAccounts.PASSWORD, fran).andExpect(status().isOk());
        mvc.perform(put("/api/session/password").session(fran).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"currentPassword": "a wrong guess", "newPassword": "fran's new password"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.currentPassword").value("is not your current password"));
        mvc.perform(put("/api/session/password").session(fran).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"currentPassword": "%s", "newPassword": "fran's new password"}""".formatted(TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());

        signIn("fran", "fran's new password").andExpect(status().isOk());
        assertThat(auditCount("PASSWORD_CHANGED")).isEqualTo(1);
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() throws Exception {
        // Its own account: the throttle remembers failures for as long as this test context lives.
        create("""
                {"username": "throttled", "displayName": "Throttled", "role": "ADMIN", "password": "%s"}"""
                .formatted(TestAccounts.PASSWORD)).andExpect(status().isCreated());
        for (int i = 0; i < 3; i++) {
            signIn("throttled", "guess " + i).andExpect(status().isUnauthorized());
        }
        signIn("throttled", TestAccounts.PASSWORD)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value("Too many failed sign-ins"));
        assertThat(auditCount("SIGN_IN_FAILED")).isEqualTo(3);
        assertThat(auditCount("SIGN_IN_THROTTLED")).isEqualTo(1);
        signIn("pat", TestAccounts.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void theAuditTrailIsListedNewestFirstAndFiltered() throws Exception {
        signIn("pat", "wrong password").andExpect(status().isUnauthorized());
        signIn("pat", TestAccounts.PASSWORD).andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("actor", "pat").session(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("SIGN_IN"))
                .andExpect(jsonPath("$.items[1].kind").value("SIGN_IN_FAILED"));
        mvc.perform(get("/api/audit").param("kind", "SIGN_IN_FAILED").param("size", "1").session(admin))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].actor").value("pat"));
        mvc.perform(get("/api/audit").param("size", "1000").session(admin))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").exists());
    }

    @Test
    void aPasswordResetEndsTheAccountsSessions() throws Exception {
        var quinn = new MockHttpSession();
        signIn("quinn", TestAccounts.PASSWORD, quinn).andExpect(status().isOk());
        mvc.perform(get("/api/session").session(quinn)).andExpect(status().isOk()); // the stamp now held
        mvc.perform(post("/api/accounts/" + TestAccounts.accountId(neo4j, "quinn") + "/password").session(admin)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"newPassword": "a brand new password"}""")).andExpect(status().isNoContent());

        mvc.perform(get("/api/session").session(quinn)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        var here = new MockHttpSession();
        var elsewhere = new MockHttpSession();
        signIn("fran", TestAccounts.PASSWORD, here).andExpect(status().isOk());
        signIn("fran", TestAccounts.PASSWORD, elsewhere).andExpect(status().isOk());
        mvc.perform(get("/api/session").session(elsewhere)).andExpect(status().isOk()); // the stamp now held

        mvc.perform(put("/api/session/password").session(here).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"currentPassword": "%s", "newPassword": "fran's new password"}""".formatted(TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/session").session(here)).andExpect(status().isOk());
        mvc.perform(get("/api/session").session(elsewhere)).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        var lee = new MockHttpSession();
        signIn("lee", TestAccounts.PASSWORD, lee).andExpect(status().isOk());
        mvc.perform(get("/api/session").session(lee)).andExpect(status().isOk()); // the stamp now held
        String id = TestAccounts.accountId(neo4j, "lee");
        change(id, """
                {"enabled": false, "version": %d}""".formatted(TestAccounts.version(neo4j, "Account", id)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/session").session(lee)).andExpect(status().isUnauthorized());
    }

    /**
     * An account written without {@code enabled} (by hand, or before accounts had it) is shown as enabled, and an
     * admin may disable it: the change is not taken for someone else's.
     */
    @Test
    void anAccountWithoutAnEnabledFlagCanBeDisabled() throws Exception {
        String id = TestAccounts.accountId(neo4j, "lee");
        neo4j.query("MATCH (a:Account {id: $id}) REMOVE a.enabled").bind(id).to("id").run();

        change(id, """
                {"enabled": false, "version": %d}""".formatted(TestAccounts.version(neo4j, "Account", id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        signIn("lee", TestAccounts.PASSWORD).andExpect(status().isUnauthorized());
    }

    @Test
    void aNewRoleNeedsItsLinkAndTakesEffectAtTheNextSignIn() throws Exception {
        var pat = signedInHoldingTheStamp("pat");
        String id = TestAccounts.accountId(neo4j, "pat");
        long version = TestAccounts.version(neo4j, "Account", id);

        change(id, """
                {"role": "FACILITATOR", "version": %d}""".formatted(version))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.place").exists());
        change(id, """
                {"role": "FACILITATOR", "place": "AMBER", "version": %d}""".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("FACILITATOR"))
                .andExpect(jsonPath("$.place.id").value("AMBER"))
                .andExpect(jsonPath("$.actsAs").doesNotExist());

        mvc.perform(get("/api/session").session(pat)).andExpect(status().isUnauthorized());
        signIn("pat", TestAccounts.PASSWORD).andExpect(jsonPath("$.role").value("FACILITATOR"));
    }

    @Test
    void anAccountIsRelinkedWithinItsRoleAndAWrongLinkIsNamed() throws Exception {
        var pat = signedInHoldingTheStamp("pat");
        String id = TestAccounts.accountId(neo4j, "pat");
        long version = TestAccounts.version(neo4j, "Account", id);

        change(id, """
                {"actsAs": "o-nobody", "version": %d}""".formatted(version))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.actsAs").exists());
        change(id, """
                {"place": "AMBER", "version": %d}""".formatted(version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.place").value("only a FACILITATOR account has a place"));
        assertThat(TestAccounts.version(neo4j, "Account", id)).isEqualTo(version);

        // Pat now acts as Quinn, the organiser: same role, another link, and Pat's other sessions end with it.
        change(id, """
                {"actsAs": "o-quinn", "version": %d}""".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PROVIDER"))
                .andExpect(jsonPath("$.actsAs.id").value("o-quinn"));
        assertThat(neo4j.query("MATCH (:Account {id: $id})-[:ACTS_AS]->(o) RETURN o.id").bind(id).to("id")
                .fetchAs(String.class).all()).containsExactly("o-quinn");
        mvc.perform(get("/api/session").session(pat)).andExpect(status().isUnauthorized());
        assertThat(neo4j.query("""
                MATCH (e:AuditEvent {kind: 'ACCOUNT_CHANGED', subjectId: $id}) RETURN e.detail""")
                .bind(id).to("id").fetchAs(String.class).one()).contains("actsAs=o-quinn");
    }

    @Test
    void aWrongCurrentPasswordIsAudited() throws Exception {
        mvc.perform(put("/api/session/password").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"currentPassword": "not it at all", "newPassword": "whatever new password"}"""))
                .andExpect(status().isBadRequest());

        assertThat(auditCount("PASSWORD_CHANGE_FAILED")).isEqualTo(1);
    }

    @Test
    void demoAccountsWithTheSameUsernameAreOpenedOnce() {
        int opened = provisioning.openDemoAccounts(java.util.List.of(
                new NewAccount("twin", "Twin one", Role.ADMIN, null, null, TestAccounts.PASSWORD),
                new NewAccount("twin", "Twin two", Role.ADMIN, null, null, TestAccounts.PASSWORD)), TestAccounts.PASSWORD);

        assertThat(opened).isEqualTo(1);
    }

    /** A browser signed in as {@code username} that has made a request since, so it holds the session's stamp. */
    private MockHttpSession signedInHoldingTheStamp(String username) throws Exception {
        var browser = new MockHttpSession();
        signIn(username, TestAccounts.PASSWORD, browser).andExpect(status().isOk());
        mvc.perform(get("/api/session").session(browser)).andExpect(status().isOk());
        return browser;
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return signIn(username, password, new MockHttpSession());
    }

    private ResultActions signIn(String username, String password, MockHttpSession session) throws Exception {
        return TestAccounts.signIn(mvc, username, password, session);
    }

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post("/api/accounts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions change(String id, String json) throws Exception {
        return mvc.perform(patch("/api/accounts/" + id).session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long accounts() {
        return neo4j.query("MATCH (a:Account) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
    }

    private long auditCount(String kind) {
        return neo4j.query("MATCH (e:AuditEvent {kind: $kind}) RETURN count(e)").bind(kind).to("kind")
                .fetchAs(Long.class).one().orElseThrow();
    }
}
