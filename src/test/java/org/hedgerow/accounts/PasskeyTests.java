package org.hedgerow.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys end to end through Spring Security's WebAuthn endpoints and the graph: adding one, signing in with
 * it alone, the passkey step a role can be held to, an admin's recovery, and the assertions that must be refused
 * (another account's, a bad signature) without anything changing.
 */
class PasskeyTests extends ApiTest {

    @Autowired PasskeyStore passkeys;
    @Autowired PasskeyUsers passkeyUsers;

    @Test
    void theGraphKeepsWhatSpringSecurityStoresAboutAPasskey() {
        var user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name("lee").displayName("Lee")
                .build();
        passkeyUsers.save(user);
        assertThat(passkeyUsers.findByUsername("lee")).isEqualTo(user);
        assertThat(passkeyUsers.findById(user.getId())).isEqualTo(user);
        assertThat(passkeyUsers.findByUsername("pat")).isNull();

        var created = Instant.parse("2026-12-01T10:00:00Z");
        var record = ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).credentialId(Bytes.random())
                .userEntityUserId(user.getId()).publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(7).uvInitialized(true).transports(java.util.Set.of(AuthenticatorTransport.INTERNAL))
                .backupEligible(true).backupState(false).label("Work phone")
                .attestationObject(new Bytes(new byte[] {9, 8})).attestationClientDataJSON(new Bytes(new byte[] {7}))
                .created(created).lastUsed(created).build();
        passkeys.save(record);

        var read = passkeys.findByCredentialId(record.getCredentialId());
        assertThat(read.getUserEntityUserId()).isEqualTo(user.getId());
        assertThat(read.getPublicKey().getBytes()).containsExactly(1, 2, 3);
        assertThat(read.getSignatureCount()).isEqualTo(7);
        assertThat(read.isUvInitialized()).isTrue();
        assertThat(read.getTransports()).containsExactly(AuthenticatorTransport.INTERNAL);
        assertThat(read.isBackupEligible()).isTrue();
        assertThat(read.isBackupState()).isFalse();
        assertThat(read.getLabel()).isEqualTo("Work phone");
        assertThat(read.getAttestationObject().getBytes()).containsExactly(9, 8);
        assertThat(read.getAttestationClientDataJSON().getBytes()).containsExactly(7);
        assertThat(passkeys.findByUserId(user.getId())).hasSize(1);

        // A sign-in saves the same record again with a new counter: an update, not a second passkey.
        var used = Instant.parse("2026-12-02T10:00:00Z");
        passkeys.save(ImmutableCredentialRecord.fromCredentialRecord(record).signatureCount(8).lastUsed(used).build());
        assertThat(passkeys.findByCredentialId(record.getCredentialId()).getSignatureCount()).isEqualTo(8);
        assertThat(passkeys.of(TestAccounts.accountId(neo4j, "lee")))
                .singleElement().satisfies(view -> {
                    assertThat(view.label()).isEqualTo("Work phone");
                    assertThat(view.lastUsedAt()).isEqualTo(used);
                });
        assertThat(auditKinds("PASSKEY_REGISTERED")).hasSize(1);

        passkeys.delete(record.getCredentialId());
        assertThat(passkeys.findByCredentialId(record.getCredentialId())).isNull();
        assertThat(auditKinds("PASSKEY_REMOVED")).hasSize(1);
        passkeyUsers.delete(user.getId());
        assertThat(passkeyUsers.findById(user.getId())).isNull();
    }

    @Test
    void aPasskeyAddedWhileSignedInSignsItsHolderInOnItsOwn() throws Exception {
        var lees = new TestAuthenticator();
        register(browsers.of("lee"), lees, "Lee's phone").andExpect(status().isOk());
        mvc.perform(get("/api/account/passkeys").session(browsers.of("lee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(lees.credentialId()))
                .andExpect(jsonPath("$[0].label").value("Lee's phone"))
                .andExpect(jsonPath("$[0].lastUsedAt").doesNotExist());

        var browser = new MockHttpSession();
        passkeySignIn(browser, lees).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("lee"))
                .andExpect(jsonPath("$.role").value("LINK_WORKER"))
                .andExpect(jsonPath("$.passkeyStep").doesNotExist());
        mvc.perform(get("/api/account/passkeys").session(browser))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());
        assertThat(signatureCount(lees)).isEqualTo(1);
        assertThat(audit("lee", "SIGN_IN")).contains("passkey");
        assertThat(audit("lee", "PASSKEY_REGISTERED")).contains("Lee's phone");
    }

    @Test
    void aPasskeyMadeInAPageAtAnotherAddressIsRefusedWithAProblemAndNothingIsAdded() throws Exception {
        // As behind a proxy whose address is not the site address Hedgerow was given (hedgerow.passkeys.site-url).
        var elsewhere = new TestAuthenticator("http://localhost:8090");

        register(browsers.of("lee"), elsewhere, "Lee's phone").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("passkey-not-added")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "hedgerow.passkeys.site-url")));

        mvc.perform(get("/api/account/passkeys").session(browsers.of("lee"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(auditKinds("PASSKEY_REGISTERED")).isEmpty();
        assertThat(auditKinds("PASSKEY_REFUSED")).as("as a phishing proxy's page would be")
                .containsExactly("adding a passkey from a page at another address");
        assertThat(neo4j.query("MATCH (e:AuditEvent {kind: 'PASSKEY_REFUSED'}) RETURN e.actor + ' ' + e.subjectId")
                .fetchAs(String.class).all()).as("on Lee's account")
                .containsExactly("lee " + TestAccounts.accountId(neo4j, "lee"));
        register(browsers.of("lee"), new TestAuthenticator(), "Lee's phone").andExpect(status().isOk());
    }

    @Test
    void aRoleThatRequiresPasskeysGetsItsRoleOnlyAfterThePasskeyStep() throws Exception {
        var lees = new TestAuthenticator();
        register(browsers.of("lee"), lees, "phone").andExpect(status().isOk());
        requirePasskeysOf("LINK_WORKER").andExpect(status().isOk()).andExpect(jsonPath("$.roles[0]").value("LINK_WORKER"));

        var browser = new MockHttpSession();
        TestAccounts.signIn(mvc, "lee", TestAccounts.PASSWORD, browser).andExpect(status().isOk())
                .andExpect(jsonPath("$.passkeyStep").value("CONFIRM"));
        mvc.perform(get("/api/account/passkeys").session(browser))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(endsWith("passkey-required")));
        mvc.perform(get("/api/session").session(browser)).andExpect(jsonPath("$.passkeyStep").value("CONFIRM"));

        passkeySignIn(browser, lees).andExpect(status().isOk()).andExpect(jsonPath("$.passkeyStep").doesNotExist());
        mvc.perform(get("/api/account/passkeys").session(browser)).andExpect(status().isOk());
        assertThat(audit("lee", "SIGN_IN")).contains("password and passkey");

        // Other roles carry on with a password alone.
        var pats = new MockHttpSession();
        TestAccounts.signIn(mvc, "pat", TestAccounts.PASSWORD, pats).andExpect(jsonPath("$.passkeyStep").doesNotExist());
        mvc.perform(get("/api/account/passkeys").session(pats)).andExpect(status().isOk());
    }

    @Test
    void anotherAccountsPasskeyInThePasskeyStepIsRefusedAuditedAndChangesNothing() throws Exception {
        var lees = new TestAuthenticator();
        var pats = new TestAuthenticator();
        register(browsers.of("lee"), lees, "lee").andExpect(status().isOk());
        register(browsers.of("pat"), pats, "pat").andExpect(status().isOk());
        requirePasskeysOf("LINK_WORKER").andExpect(status().isOk());

        var browser = new MockHttpSession();
        TestAccounts.signIn(mvc, "lee", TestAccounts.PASSWORD, browser).andExpect(status().isOk());
        passkeySignIn(browser, pats).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(endsWith("passkey-refused")));

        mvc.perform(get("/api/session").session(browser))
                .andExpect(jsonPath("$.username").value("lee")).andExpect(jsonPath("$.passkeyStep").value("CONFIRM"));
        mvc.perform(get("/api/account/passkeys").session(browser)).andExpect(status().isUnauthorized());
        assertThat(signatureCount(pats)).as("pat's passkey is untouched").isZero();
        assertThat(lastUsed(pats)).isNull();
        assertThat(audit("lee", "PASSKEY_REFUSED")).contains("passkey of another account (pat)");
    }

    @Test
    void anAssertionNamingAnotherAccountThanItsPasskeysIsRefused() throws Exception {
        var lees = new TestAuthenticator();
        var pats = new TestAuthenticator();
        register(browsers.of("lee"), lees, "lee").andExpect(status().isOk());
        register(browsers.of("pat"), pats, "pat").andExpect(status().isOk());

        var browser = new MockHttpSession();
        String options = options(browser, "/webauthn/authenticate/options");
        login(browser, pats.assertionFor(lees.userHandle(), options)).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/session").session(browser)).andExpect(status().isUnauthorized());
        assertThat(signatureCount(pats)).isZero();
        assertThat(audit("pat", "PASSKEY_REFUSED")).contains("another account");
        assertThat(auditKinds("SIGN_IN")).noneMatch(detail -> "passkey".equals(detail));
    }

    @Test
    void aBadSignatureIsRefusedAuditedAndChangesNothing() throws Exception {
        var lees = new TestAuthenticator();
        register(browsers.of("lee"), lees, "lee").andExpect(status().isOk());

        var browser = new MockHttpSession();
        String options = options(browser, "/webauthn/authenticate/options");
        login(browser, lees.assertionWithBadSignature(options)).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/session").session(browser)).andExpect(status().isUnauthorized());
        assertThat(signatureCount(lees)).isZero();
        assertThat(lastUsed(lees)).isNull();
        assertThat(audit("lee", "PASSKEY_REFUSED")).contains("did not verify");

        // The same authenticator, signing properly, is let in: the refusal was the signature's.
        passkeySignIn(browser, lees).andExpect(status().isOk());
    }

    @Test
    void refusedPasskeysAreThrottledPerPasskeyAndPerAddressAsWrongPasswordsAre() throws Exception {
        var lees = new TestAuthenticator();
        register(browsers.of("lee"), lees, "lee").andExpect(status().isOk());

        // A passkey nobody holds, tried again and again from one address: five refusals, then 429 unread.
        var stranger = new TestAuthenticator();
        for (int i = 0; i < 5; i++) {
            login(new MockHttpSession(), stranger, "10.0.0.41").andExpect(status().isUnauthorized());
        }
        login(new MockHttpSession(), stranger, "10.0.0.41")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value("Too many failed sign-ins"));
        assertThat(auditKinds("PASSKEY_REFUSED")).hasSize(5);
        assertThat(audit("anonymous", "SIGN_IN_THROTTLED")).contains("passkey");

        // They counted for that passkey and that address, not for Lee, who signs in from elsewhere.
        login(new MockHttpSession(), lees, "10.0.0.42").andExpect(status().isOk());
        assertThat(signatureCount(lees)).isEqualTo(1);

        // Twenty unknown passkeys from one address: the address is refused, even Lee's good passkey, unread.
        for (int i = 0; i < 20; i++) {
            login(new MockHttpSession(), new TestAuthenticator(), "10.0.0.43").andExpect(status().isUnauthorized());
        }
        login(new MockHttpSession(), lees, "10.0.0.43").andExpect(status().isTooManyRequests());
        assertThat(signatureCount(lees)).as("the refused assertion was never checked").isEqualTo(1);
    }

    @Test
    void afterALostDeviceAnAdminRemovesThePasskeysAndMayGrantAGraceAllAudited() throws Exception {
        var lost = new TestAuthenticator();
        register(browsers.of("lee"), lost, "lost phone").andExpect(status().isOk());
        requirePasskeysOf("LINK_WORKER").andExpect(status().isOk());
        String lee = TestAccounts.accountId(neo4j, "lee");

        browsers.request("ada", org.springframework.http.HttpMethod.DELETE, "/api/accounts/" + lee + "/passkeys", null)
                .andExpect(status().isNoContent());
        assertThat(passkeys.findByCredentialId(new Bytes(java.util.Base64.getUrlDecoder().decode(lost.credentialId()))))
                .isNull();
        assertThat(audit("ada", "PASSKEY_REMOVED")).contains("all 1 passkey(s) removed by an admin");

        // Without a grace, a password alone may not add a passkey: the person must ask an admin.
        var browser = new MockHttpSession();
        TestAccounts.signIn(mvc, "lee", TestAccounts.PASSWORD, browser).andExpect(jsonPath("$.passkeyStep").value("ASK_ADMIN"));
        mvc.perform(post("/webauthn/register/options").session(browser).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("passkey-enrolment-closed")));
        // Nor by spelling the path differently: what the registration endpoint answers to, the guard guards.
        for (String spelt : List.of("/webauthn/%72egister/options", "/webauthn/register/options/", "/webauthn//register/options")) {
            var response = mvc.perform(post(java.net.URI.create(spelt)).session(browser).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as("POST %s", spelt).isNotEqualTo(200);
            assertThat(response.getContentAsString()).as("POST %s", spelt).doesNotContain("challenge");
        }
        passkeySignIn(browser, lost).andExpect(status().isUnauthorized());

        browsers.request("ada", org.springframework.http.HttpMethod.POST, "/api/accounts/" + lee + "/passkeys/grace", null)
                .andExpect(status().isNoContent());
        assertThat(audit("ada", "PASSKEY_GRACE_GRANTED")).isNotNull();
        mvc.perform(get("/api/session").session(browser)).andExpect(jsonPath("$.passkeyStep").value("ENROL"));

        var replacement = new TestAuthenticator();
        register(browser, replacement, "new phone").andExpect(status().isOk());
        mvc.perform(get("/api/session").session(browser)).andExpect(jsonPath("$.passkeyStep").value("CONFIRM"));
        // The grace is used up: a second passkey needs the passkey step first.
        mvc.perform(post("/webauthn/register/options").session(browser).with(csrf())).andExpect(status().isForbidden());
        passkeySignIn(browser, replacement).andExpect(status().isOk());
        mvc.perform(get("/api/account/passkeys").session(browser)).andExpect(jsonPath("$[0].label").value("new phone"));
    }

    @Test
    void onlyAdminsSetTheRequirementAndOnlyForRolesThatReadPersonalData() throws Exception {
        browsers.request("ada", org.springframework.http.HttpMethod.PUT, "/api/passkey-requirements",
                        "{\"roles\": [\"FACILITATOR\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['roles[0]']").exists());
        browsers.request("lee", org.springframework.http.HttpMethod.PUT, "/api/passkey-requirements",
                "{\"roles\": [\"LINK_WORKER\"]}").andExpect(status().isForbidden());
        mvc.perform(get("/api/passkey-requirements").session(browsers.of("ada")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.roles").isEmpty());
        assertThat(auditKinds("PASSKEY_REQUIREMENT_CHANGED")).isEmpty();
    }

    private ResultActions requirePasskeysOf(String role) throws Exception {
        return browsers.request("ada", org.springframework.http.HttpMethod.PUT, "/api/passkey-requirements",
                "{\"roles\": [\"" + role + "\"]}");
    }

    private ResultActions register(MockHttpSession session, TestAuthenticator authenticator, String label)
            throws Exception {
        String options = options(session, "/webauthn/register/options");
        return mvc.perform(post("/webauthn/register").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(authenticator.register(options, label)));
    }

    private ResultActions passkeySignIn(MockHttpSession session, TestAuthenticator authenticator) throws Exception {
        return login(session, authenticator.assertion(options(session, "/webauthn/authenticate/options")));
    }

    private ResultActions login(MockHttpSession session, TestAuthenticator authenticator, String address)
            throws Exception {
        String assertion = authenticator.assertion(options(session, "/webauthn/authenticate/options"));
        return mvc.perform(post("/login/webauthn").session(session).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).contentType(MediaType.APPLICATION_JSON).content(assertion));
    }

    private ResultActions login(MockHttpSession session, String assertion) throws Exception {
        return mvc.perform(post("/login/webauthn").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(assertion));
    }

    private String options(MockHttpSession session, String path) throws Exception {
        return mvc.perform(post(path).session(session).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long signatureCount(TestAuthenticator authenticator) {
        return neo4j.query("MATCH (p:Passkey {credentialId: $id}) RETURN p.signatureCount")
                .bind(authenticator.credentialId()).to("id").fetchAs(Long.class).one().orElseThrow();
    }

    private Object lastUsed(TestAuthenticator authenticator) {
        return neo4j.query("MATCH (p:Passkey {credentialId: $id}) RETURN p.lastUsedAt AS at")
                .bind(authenticator.credentialId()).to("id").fetch().one().orElseThrow().get("at");
    }

    /** The detail of the newest audit line of that kind by that actor. */
    private String audit(String actor, String kind) {
        return neo4j.query("""
                        MATCH (e:AuditEvent {actor: $actor, kind: $kind})
                        RETURN coalesce(e.detail, '') ORDER BY e.at DESC LIMIT 1""")
                .bindAll(Map.of("actor", actor, "kind", kind)).fetchAs(String.class).one()
                .orElseThrow(() -> new AssertionError("no " + kind + " audited for " + actor));
    }

    private List<String> auditKinds(String kind) {
        return neo4j.query("MATCH (e:AuditEvent {kind: $kind}) RETURN coalesce(e.detail, '')")
                .bind(kind).to("kind").fetchAs(String.class).all().stream().toList();
    }
}
