package org.hedgerow.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hedgerow.audit.AuditTrail;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which roles must confirm a password sign-in with a passkey: one {@code (:PasskeyRequirement {role})} node per
 * such role, set by an admin. Only the roles that read personal data may be held to it.
 */
@Component
class PasskeyRequirements {

    /** The roles whose accounts read referrals about people: provider, link worker and admin. */
    static final Set<Role> ELIGIBLE = EnumSet.of(Role.PROVIDER, Role.LINK_WORKER, Role.ADMIN);

    private static final String REQUIRED = """
            RETURN EXISTS { (:PasskeyRequirement {role: $role}) }
            """;

    private static final String ALL = """
            MATCH (r:PasskeyRequirement) RETURN r.role ORDER BY r.role
            """;

    /** Replaces the set of roles, audited in the same statement. */
    private static final String REPLACE = """
            OPTIONAL MATCH (old:PasskeyRequirement) WHERE NOT old.role IN $roles
            DETACH DELETE old
            WITH count(*) AS cleared
            FOREACH (role IN $roles | MERGE (:PasskeyRequirement {role: role}))
            WITH [{kind: 'PASSKEY_REQUIREMENT_CHANGED', subjectType: 'PasskeyRequirement', subjectId: null,
                   detail: $detail}] AS lines
            """ + AuditTrail.LINES;

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    PasskeyRequirements(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    boolean requiredFor(Role role) {
        return neo4j.query(REQUIRED).bind(role.name()).to("role").fetchAs(Boolean.class).one().orElse(false);
    }

    Set<Role> roles() {
        return neo4j.query(ALL).fetchAs(String.class).all().stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void replace(Set<Role> roles) {
        List<String> names = roles.stream().sorted().map(Role::name).toList();
        String detail = names.isEmpty() ? "passkeys required for no role" : "passkeys required for " + String.join(", ", names);
        var changes = new java.util.HashMap<String, Object>();
        changes.put("roles", names);
        changes.put("detail", detail);
        neo4j.query(REPLACE).bindAll(changes).bind(audit.stamp()).to("audit").run();
    }
}
