package org.hedgerow.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Passkeys in the graph, Spring Security's store of credentials (its user entities are {@link PasskeyUsers}):
 * {@code (:Account)-[:PASSKEY_USER]->(:PasskeyUser {handle, grace})-[:HOLDS]->(:Passkey {credentialId, ...})}.
 * The user handle is the random id an authenticator keeps for the account (never the username); name and
 * display name are read from the account. Bytes are kept as base64url strings. Every new passkey and every
 * removal writes its audit line in the statement that makes the change.
 *
 * <p>{@code grace} on a passkey user: may this account add a passkey while its sign-in still waits for the
 * passkey step (see {@link PasskeyPolicy})? An account that never had a passkey has it; adding one uses it up;
 * an admin's removal of the account's passkeys takes it away unless the admin grants it again.
 */
@Component
class PasskeyStore implements UserCredentialRepository {

    private static final String PASSKEY = """
            p {.credentialId, .publicKey, .signatureCount, .uvInitialized, .transports, .backupEligible, .backupState,
               .attestationObject, .attestationClientDataJSON, .label, .createdAt, .lastUsedAt, userHandle: u.handle}""";

    private static final String BY_CREDENTIAL_ID = """
            MATCH (u:PasskeyUser)-[:HOLDS]->(p:Passkey {credentialId: $credentialId})
            RETURN %s AS passkey
            """.formatted(PASSKEY);

    private static final String BY_USER = """
            MATCH (u:PasskeyUser {handle: $handle})-[:HOLDS]->(p:Passkey)
            RETURN %s AS passkey ORDER BY p.createdAt
            """.formatted(PASSKEY);

    /** A new passkey: it uses up the account's grace, and is audited in the same statement. */
    private static final String CREATE = """
            MATCH (a:Account)-[:PASSKEY_USER]->(u:PasskeyUser {handle: $passkey.userHandle})
            CREATE (u)-[:HOLDS]->(p:Passkey)
            SET p = $passkey, p.createdAt = datetime(), u.grace = false
            REMOVE p.userHandle
            WITH a, [{kind: 'PASSKEY_REGISTERED', subjectType: 'Account', subjectId: a.id, detail: p.label}] AS lines
            """ + AuditTrail.LINES;

    /** After a sign-in: the authenticator's new signature counter and when the passkey was last used. */
    private static final String RECORD_USE = """
            MATCH (p:Passkey {credentialId: $credentialId})
            SET p.signatureCount = $signatureCount, p.backupState = $backupState, p.lastUsedAt = $lastUsedAt
            """;

    private static final String EXISTS = """
            RETURN EXISTS { (:Passkey {credentialId: $credentialId}) }
            """;

    /** Removes one passkey, of the given account if one is named (its own list), and audits it. */
    private static final String DELETE = """
            MATCH (a:Account)-[:PASSKEY_USER]->(:PasskeyUser)-[:HOLDS]->(p:Passkey {credentialId: $credentialId})
            WHERE $accountId IS NULL OR a.id = $accountId
            WITH a, p, p.label AS label
            DETACH DELETE p
            WITH a, [{kind: 'PASSKEY_REMOVED', subjectType: 'Account', subjectId: a.id, detail: label}] AS lines
            """ + AuditTrail.LINES + """

            RETURN count(*)
            """;

    private static final String OF_ACCOUNT = """
            MATCH (:Account {id: $accountId})-[:PASSKEY_USER]->(:PasskeyUser)-[:HOLDS]->(p:Passkey)
            RETURN p {id: p.credentialId, label: coalesce(p.label, 'Passkey'), createdAt: p.createdAt, lastUsedAt: p.lastUsedAt} AS passkey
            ORDER BY p.createdAt
            """;

    /**
     * An admin's recovery for a lost device: every passkey of the account goes, and the account may (or may not)
     * add a new one with its password alone. Audited in the same statement.
     */
    private static final String REMOVE_ALL = """
            MATCH (a:Account {id: $accountId})
            MERGE (a)-[:PASSKEY_USER]->(u:PasskeyUser)
              ON CREATE SET u.handle = $handle, u.createdAt = datetime()
            SET u.grace = $grace
            WITH a, u
            OPTIONAL MATCH (u)-[:HOLDS]->(p:Passkey)
            WITH a, collect(p) AS passkeys
            FOREACH (p IN passkeys | DETACH DELETE p)
            WITH a, size(passkeys) AS removed,
                 [{kind: 'PASSKEY_REMOVED', subjectType: 'Account', subjectId: a.id,
                   detail: 'all ' + size(passkeys) + ' passkey(s) removed by an admin'
                           + CASE WHEN $grace THEN ', with a grace to add a new one' ELSE '' END}] AS lines
            """ + AuditTrail.LINES + """

            RETURN removed
            """;

    private static final String GRANT_GRACE = """
            MATCH (a:Account {id: $accountId})
            MERGE (a)-[:PASSKEY_USER]->(u:PasskeyUser)
              ON CREATE SET u.handle = $handle, u.createdAt = datetime()
            SET u.grace = true
            WITH a, [{kind: 'PASSKEY_GRACE_GRANTED', subjectType: 'Account', subjectId: a.id,
                      detail: 'may add one passkey with the password alone'}] AS lines
            """ + AuditTrail.LINES + """

            RETURN a.id
            """;

    /** How many passkeys the account holds, and whether it may add one before its passkey step. */
    private static final String ENROLMENT = """
            MATCH (a:Account {username: $username})
            OPTIONAL MATCH (a)-[:PASSKEY_USER]->(u:PasskeyUser)
            OPTIONAL MATCH (u)-[:HOLDS]->(p:Passkey)
            RETURN count(p) AS passkeys, coalesce(u.grace, true) AS grace
            """;

    private record StoredPasskey(String credentialId, String publicKey, long signatureCount, boolean uvInitialized,
                                 @Nullable List<String> transports, boolean backupEligible, boolean backupState,
                                 @Nullable String attestationObject, @Nullable String attestationClientDataJSON,
                                 @Nullable String label, Instant createdAt, @Nullable Instant lastUsedAt,
                                 String userHandle) {

        CredentialRecord record() {
            var builder = ImmutableCredentialRecord.builder()
                    .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                    .credentialId(bytes(credentialId))
                    .userEntityUserId(bytes(userHandle))
                    .publicKey(new ImmutablePublicKeyCose(bytes(publicKey).getBytes()))
                    .signatureCount(signatureCount)
                    .uvInitialized(uvInitialized)
                    .transports(transports == null ? Set.of()
                            : transports.stream().map(AuthenticatorTransport::valueOf).collect(Collectors.toSet()))
                    .backupEligible(backupEligible)
                    .backupState(backupState)
                    .label(label == null ? "" : label)
                    .created(createdAt)
                    .lastUsed(lastUsedAt == null ? createdAt : lastUsedAt);
            if (attestationObject != null) {
                builder.attestationObject(bytes(attestationObject));
            }
            if (attestationClientDataJSON != null) {
                builder.attestationClientDataJSON(bytes(attestationClientDataJSON));
            }
            return builder.build();
        }
    }

    /** How many passkeys an account holds, and whether it still has its grace. */
    record Enrolment(long passkeys, boolean grace) {

        /** May the account add a passkey while its sign-in waits for the passkey step? */
        boolean mayEnrol() {
            return passkeys == 0 && grace;
        }
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    PasskeyStore(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    @Override
    public void save(CredentialRecord record) {
        String credentialId = record.getCredentialId().toBase64UrlString();
        boolean known = neo4j.query(EXISTS).bind(credentialId).to("credentialId").fetchAs(Boolean.class).one()
                .orElse(false);
        if (known) {
            neo4j.query(RECORD_USE).bind(credentialId).to("credentialId")
                    .bind(record.getSignatureCount()).to("signatureCount")
                    .bind(record.isBackupState()).to("backupState")
                    .bind(record.getLastUsed() == null ? null : record.getLastUsed().atZone(ZoneOffset.UTC)).to("lastUsedAt")
                    .run();
            return;
        }
        var passkey = new HashMap<String, Object>(); // attestation parts and the label may be null
        passkey.put("credentialId", credentialId);
        passkey.put("userHandle", record.getUserEntityUserId().toBase64UrlString());
        passkey.put("publicKey", Base64.getUrlEncoder().withoutPadding().encodeToString(record.getPublicKey().getBytes()));
        passkey.put("signatureCount", record.getSignatureCount());
        passkey.put("uvInitialized", record.isUvInitialized());
        passkey.put("transports", record.getTransports().stream().map(AuthenticatorTransport::getValue).sorted().toList());
        passkey.put("backupEligible", record.isBackupEligible());
        passkey.put("backupState", record.isBackupState());
        passkey.put("attestationObject", text(record.getAttestationObject()));
        passkey.put("attestationClientDataJSON", text(record.getAttestationClientDataJSON()));
        passkey.put("label", record.getLabel());
        neo4j.query(CREATE).bind(passkey).to("passkey").bind(audit.stamp()).to("audit").run();
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return Rows.fetch(neo4j.query(BY_CREDENTIAL_ID).bind(credentialId.toBase64UrlString()).to("credentialId"),
                "passkey", StoredPasskey.class).one().map(StoredPasskey::record).orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return Rows.fetch(neo4j.query(BY_USER).bind(userId.toBase64UrlString()).to("handle"), "passkey",
                StoredPasskey.class).all().stream().map(StoredPasskey::record).toList();
    }

    /** Removes a passkey of any account (Spring has checked that it is the signed-in person's own). */
    @Override
    public void delete(Bytes credentialId) {
        remove(null, credentialId.toBase64UrlString());
    }

    /** The passkeys of an account, oldest first. */
    List<PasskeyView> of(String accountId) {
        return Rows.fetch(neo4j.query(OF_ACCOUNT).bind(accountId).to("accountId"), "passkey", PasskeyView.class)
                .all().stream().toList();
    }

    /** Removes one of the account's own passkeys; false if it holds none with that id. */
    boolean remove(@Nullable String accountId, String credentialId) {
        var removed = new HashMap<String, Object>();
        removed.put("accountId", accountId);
        removed.put("credentialId", credentialId);
        return neo4j.query(DELETE).bindAll(removed).bind(audit.stamp()).to("audit").fetchAs(Long.class).one()
                .orElse(0L) > 0;
    }

    /** An admin's recovery: removes every passkey of the account; returns how many it removed. */
    long removeAll(String accountId, boolean grace) {
        return neo4j.query(REMOVE_ALL).bind(accountId).to("accountId").bind(grace).to("grace")
                .bind(Bytes.random().toBase64UrlString()).to("handle").bind(audit.stamp()).to("audit")
                .fetchAs(Long.class).one()
                .orElseThrow(() -> new NotFoundException("There is no account " + accountId + "."));
    }

    /** An admin lets the account add one passkey with its password alone. */
    void grantGrace(String accountId) {
        neo4j.query(GRANT_GRACE).bind(accountId).to("accountId").bind(Bytes.random().toBase64UrlString()).to("handle")
                .bind(audit.stamp()).to("audit").fetch().one()
                .orElseThrow(() -> new NotFoundException("There is no account " + accountId + "."));
    }

    Enrolment enrolment(String username) {
        return Rows.fetch(neo4j.query(ENROLMENT).bind(username).to("username"), Enrolment.class).one()
                .orElse(new Enrolment(0, false));
    }

    static Bytes bytes(String base64url) {
        return new Bytes(Base64.getUrlDecoder().decode(base64url));
    }

    private static @Nullable String text(@Nullable Bytes bytes) {
        return bytes == null ? null : bytes.toBase64UrlString();
    }
}
