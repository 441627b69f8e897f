package org.hedgerow.accounts;

import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * The accounts as WebAuthn knows them, Spring Security's store of user entities:
 * {@code (:Account)-[:PASSKEY_USER]->(:PasskeyUser {handle})}. The handle is the random id an authenticator
 * keeps for the account (never the username); name and display name are the account's own.
 */
@Component
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private static final String USER = """
            MATCH (a:Account)-[:PASSKEY_USER]->(u:PasskeyUser {handle: $handle})
            RETURN u.handle AS handle, a.username AS name, a.displayName AS displayName
            """;

    private static final String USER_BY_USERNAME = """
            MATCH (a:Account {username: $username})-[:PASSKEY_USER]->(u:PasskeyUser)
            RETURN u.handle AS handle, a.username AS name, a.displayName AS displayName
            """;

    private static final String SAVE_USER = """
            MATCH (a:Account {username: $username})
            MERGE (a)-[:PASSKEY_USER]->(u:PasskeyUser)
              ON CREATE SET u.handle = $handle, u.grace = true, u.createdAt = datetime()
            """;

    private static final String DELETE_USER = """
            MATCH (u:PasskeyUser {handle: $handle})
            OPTIONAL MATCH (u)-[:HOLDS]->(p:Passkey)
            DETACH DELETE p, u
            """;

    private record StoredUser(String handle, String name, String displayName) {
    }

    private final Neo4jClient neo4j;

    PasskeyUsers(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return user(Rows.fetch(neo4j.query(USER).bind(id.toBase64UrlString()).to("handle"), StoredUser.class)
                .one().orElse(null));
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        return user(Rows.fetch(neo4j.query(USER_BY_USERNAME).bind(username).to("username"), StoredUser.class)
                .one().orElse(null));
    }

    /** Links a new passkey user to the account of that username (Spring asks before the first registration). */
    @Override
    public void save(PublicKeyCredentialUserEntity user) {
        neo4j.query(SAVE_USER).bind(user.getName()).to("username").bind(user.getId().toBase64UrlString()).to("handle")
                .run();
    }

    @Override
    public void delete(Bytes id) {
        neo4j.query(DELETE_USER).bind(id.toBase64UrlString()).to("handle").run();
    }

    private static @Nullable PublicKeyCredentialUserEntity user(@Nullable StoredUser stored) {
        return stored == null ? null : ImmutablePublicKeyCredentialUserEntity.builder()
                .id(PasskeyStore.bytes(stored.handle())).name(stored.name()).displayName(stored.displayName()).build();
    }

}
