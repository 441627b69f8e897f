package org.hedgerow.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Accounts in the graph: {@code (:Account)-[:ACTS_AS]->(:Organiser|:LinkWorker)} and
 * {@code (:Account)-[:FACILITATES]->(:Locality)}. Every statement is one parameterised Cypher query.
 */
@Component
class AccountStore {

    /**
     * Account {@code a} as a {@link Stored} account, with whom it acts as and the place it facilitates. An
     * account without {@code enabled} is enabled; without a session stamp, its stamp is empty.
     */
    private static final String ACCOUNT = """
            a {.id, .username, .displayName, .role, .demo, .createdAt, .version, .passwordHash,
               enabled: coalesce(a.enabled, true), sessionStamp: coalesce(a.sessionStamp, ''),
               actsAs: [(a)-[:ACTS_AS]->(who) | who {.id, .name}][0],
               place: [(a)-[:FACILITATES]->(place:Locality) | {id: place.code, name: place.name}][0]}""";

    private static final String BY_USERNAME = """
            MATCH (a:Account {username: $username})
            RETURN %s AS account
            """.formatted(ACCOUNT);

    private static final String BY_ID = """
            MATCH (a:Account {id: $id})
            RETURN %s AS account
            """.formatted(ACCOUNT);

    private static final String PAGE = """
            MATCH (a:Account) WITH a ORDER BY a.username
            WITH collect(a) AS accounts
            RETURN size(accounts) AS total, [a IN accounts[$skip..$skip + $size] | %s] AS items
            """.formatted(ACCOUNT);

    /** Opens accounts whose usernames are free; returns how many it opened. */
    private static final String CREATE = """
            UNWIND $rows AS row
            WITH row WHERE NOT EXISTS { (:Account {username: row.username}) }
            CREATE (a:Account {id: row.id, username: row.username, displayName: row.displayName, role: row.role,
                               passwordHash: $passwordHash, enabled: true, demo: $demo, sessionStamp: randomUUID(),
                               createdAt: datetime(), updatedAt: datetime(), version: 0})
            WITH a, row
            CALL (a, row) { MATCH (o:Organiser {id: row.actsAs}) WHERE row.role = 'PROVIDER' CREATE (a)-[:ACTS_AS]->(o) }
            CALL (a, row) { MATCH (w:LinkWorker {id: row.actsAs}) WHERE row.role = 'LINK_WORKER' CREATE (a)-[:ACTS_AS]->(w) }
            CALL (a, row) { MATCH (l:Locality {code: row.place}) WHERE row.role = 'FACILITATOR' CREATE (a)-[:FACILITATES]->(l) }
            RETURN count(a)
            """;

    private static final String LINK_TARGET_EXISTS = """
            RETURN CASE $role
              WHEN 'PROVIDER' THEN EXISTS { (:Organiser {id: $actsAs}) }
              WHEN 'LINK_WORKER' THEN EXISTS { (:LinkWorker {id: $actsAs}) }
              WHEN 'FACILITATOR' THEN EXISTS { (:Locality {code: $place}) }
              ELSE true END
            """;

    /**
     * Changes an account if it is still at the version the admin saw. A new role brings its new link
     * (organiser, link worker or place) and drops the old one. The account is write-locked before its
     * version is read, so two changes of one version cannot both pass. A change of role or of enabled,
     * like a new password, renews the account's session stamp, which ends its other sessions.
     */
    private static final String CHANGE = """
            MATCH (a:Account {id: $id})
            SET a._lock = true
            REMOVE a._lock
            WITH a WHERE a.version = $version
            WITH a, ($role IS NOT NULL AND $role <> a.role) OR $relink AS relink,
                    ($enabled IS NOT NULL AND $enabled <> coalesce(a.enabled, true)) AS enabledChanges
            SET a.displayName = coalesce($displayName, a.displayName),
                a.sessionStamp = CASE WHEN relink OR enabledChanges THEN randomUUID() ELSE a.sessionStamp END,
                a.enabled = coalesce($enabled, a.enabled),
                a.role = coalesce($role, a.role),
                a.updatedAt = datetime(), a.version = a.version + 1
            WITH a, relink, relink OR enabledChanges AS renewed
            CALL (a, relink) {
                WITH a WHERE relink
                OPTIONAL MATCH (a)-[old:ACTS_AS|FACILITATES]->()
                DELETE old
            }
            CALL (a, relink) { MATCH (o:Organiser {id: $actsAs}) WHERE relink AND $role = 'PROVIDER' CREATE (a)-[:ACTS_AS]->(o) }
            CALL (a, relink) { MATCH (w:LinkWorker {id: $actsAs}) WHERE relink AND $role = 'LINK_WORKER' CREATE (a)-[:ACTS_AS]->(w) }
            CALL (a, relink) { MATCH (l:Locality {code: $place}) WHERE relink AND $role = 'FACILITATOR' CREATE (a)-[:FACILITATES]->(l) }
            RETURN coalesce(renewed, false)
            """;

    private static final String SET_PASSWORD = """
            MATCH (a:Account {id: $id})
            SET a.passwordHash = $passwordHash, a.passwordChangedAt = datetime(), a.updatedAt = datetime(),
                a.version = a.version + 1, a.sessionStamp = randomUUID()
            RETURN a.sessionStamp
            """;

    /** The current session stamps of those of the accounts that are there and enabled. */
    private static final String STAMPS = """
            UNWIND $ids AS id
            MATCH (a:Account {id: id}) WHERE a.enabled
            RETURN a.id AS accountId, coalesce(a.sessionStamp, '') AS stamp
            """;

    private record Stamp(String accountId, String stamp) {
    }

    private static final String DEMO_ACCOUNTS = """
            MATCH (a:Account {demo: true}) RETURN count(a)
            """;

    /**
     * An account as the graph holds it: read in one place, shown to admins as an {@link AccountView} and
     * signed in as a {@link SignedInUser}.
     */
    private record Stored(String id, String username, String displayName, Role role, boolean enabled, boolean demo,
                          Instant createdAt, long version, String passwordHash, String sessionStamp,
                          AccountView.Link actsAs, AccountView.Link place) {

        AccountView view() {
            return new AccountView(id, username, displayName, role, enabled, actsAs, place, demo, createdAt, version);
        }

        SignedInUser user() {
            return new SignedInUser(id, username, displayName, role, enabled, actsAs == null ? null : actsAs.id(),
                    actsAs == null ? null : actsAs.name(), place == null ? null : place.id(),
                    place == null ? null : place.name(), passwordHash, sessionStamp);
        }
    }

    private final Neo4jClient neo4j;

    AccountStore(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<SignedInUser> findForSignIn(String username) {
        return Rows.fetch(neo4j.query(BY_USERNAME).bind(username).to("username"), "account", Stored.class).one()
                .map(Stored::user);
    }

    AccountView get(String id) {
        return Rows.fetch(neo4j.query(BY_ID).bind(id).to("id"), "account", Stored.class).one()
                .map(Stored::view)
                .orElseThrow(() -> new NotFoundException("There is no account " + id + "."));
    }

    Paged<AccountView> page(PageRequest page) {
        var stored = Rows.page(neo4j.query(PAGE), page, Stored.class);
        return new Paged<>(stored.items().stream().map(Stored::view).toList(), stored.page(), stored.size(),
                stored.totalItems());
    }

    /** How many demo accounts (sharing the published password) the store holds. */
    long demoAccounts() {
        return neo4j.query(DEMO_ACCOUNTS).fetchAs(Long.class).one().orElse(0L);
    }

    boolean linkTargetExists(Role role, String actsAs, String place) {
        return neo4j.query(LINK_TARGET_EXISTS)
                .bind(role.name()).to("role").bind(actsAs).to("actsAs").bind(place).to("place")
                .fetchAs(Boolean.class).one().orElse(false);
    }

    String create(NewAccount account, String passwordHash, boolean demo) {
        String id = UUID.randomUUID().toString();
        if (insert(Map.of(id, account), passwordHash, demo) == 0) {
            throw new ConflictException("The username '" + account.username() + "' is taken.");
        }
        return id;
    }

    /**
     * Applies an admin's changes if the account is still at the version they saw, and says whether they renewed its
     * session stamp (a new role or enabled; a new display name does not).
     */
    boolean change(String id, AccountChanges changes) {
        var renewed = neo4j.query(CHANGE)
                .bind(id).to("id").bind(changes.version()).to("version")
                .bind(changes.displayName()).to("displayName")
                .bind(changes.enabled()).to("enabled")
                .bind(changes.role() == null ? null : changes.role().name()).to("role")
                .bind(changes.actsAs()).to("actsAs").bind(changes.place()).to("place")
                .bind(changes.actsAs() != null || changes.place() != null).to("relink")
                .fetchAs(Boolean.class).one();
        if (renewed.isEmpty()) {
            get(id);
            throw new ConflictException("The account was changed by someone else since version "
                    + changes.version() + "; reload it and try again.");
        }
        return renewed.get();
    }

    /** Sets a new password hash and returns the account's new session stamp. */
    String setPassword(String id, String passwordHash) {
        return neo4j.query(SET_PASSWORD).bind(id).to("id").bind(passwordHash).to("passwordHash")
                .fetchAs(String.class).one()
                .orElseThrow(() -> new NotFoundException("There is no account " + id + "."));
    }

    /** The account's current session stamp; empty if it is gone or disabled (it may not sign in). */
    Optional<String> currentStamp(String id) {
        return Optional.ofNullable(currentStamps(List.of(id)).get(id));
    }

    /** The current stamps of those of the accounts that are there and enabled, by account id. */
    Map<String, String> currentStamps(Collection<String> ids) {
        return Rows.fetch(neo4j.query(STAMPS).bind(List.copyOf(ids)).to("ids"), Stamp.class).all().stream()
                .collect(Collectors.toMap(Stamp::accountId, Stamp::stamp));
    }

    /** Opens many accounts sharing one password hash (demo accounts); usernames already taken are skipped. */
    int createAll(List<NewAccount> accounts, String passwordHash, boolean demo) {
        var byUsername = new LinkedHashMap<String, NewAccount>();
        accounts.forEach(account -> byUsername.putIfAbsent(account.username(), account));
        var byId = new LinkedHashMap<String, NewAccount>();
        byUsername.values().forEach(account -> byId.put(UUID.randomUUID().toString(), account));
        return insert(byId, passwordHash, demo);
    }

    private int insert(Map<String, NewAccount> byId, String passwordHash, boolean demo) {
        var rows = byId.entrySet().stream().map(account -> Opening.of(account.getKey(), account.getValue())).toList();
        try {
            return neo4j.query(CREATE).bind(rows).to("rows").bind(passwordHash).to("passwordHash").bind(demo).to("demo")
                    .fetchAs(Long.class).one().orElse(0L).intValue();
        }
        catch (DataIntegrityViolationException ex) {
            throw new ConflictException("A username is taken: " + byId.values().stream().map(NewAccount::username)
                    .collect(Collectors.joining(", ")) + ".");
        }
    }

    /** One account for the {@code UNWIND $rows} of {@link #CREATE}: the driver binds a record as a map. */
    private record Opening(String id, String username, String displayName, String role, String actsAs,
                           String place) {

        static Opening of(String id, NewAccount account) {
            return new Opening(id, account.username(), account.displayName(), account.role().name(),
                    account.actsAs(), account.place());
        }
    }
}
