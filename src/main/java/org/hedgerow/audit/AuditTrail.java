package org.hedgerow.audit;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Called inside the caller's transaction where there is one, so a change and
 * its audit line commit (or roll back) together; a read is recorded before its data is returned.
 */
@Component
public class AuditTrail {

    private static final String APPEND = """
            CREATE (:AuditEvent {id: $id, at: $at, kind: $kind, actor: $actor, actorRole: $actorRole,
                                 subjectType: $subjectType, subjectId: $subjectId, detail: $detail, address: $address})
            """;

    private final Neo4jClient neo4j;
    private final Clock clock;

    AuditTrail(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /** Records something the signed-in user (or an anonymous caller) did to a subject. */
    public void record(AuditKind kind, String subjectType, String subjectId, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        String actor = signedIn ? auth.getName() : "anonymous";
        String role = signedIn ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null) : null;
        recordAs(actor, role, kind, subjectType, subjectId, detail);
    }

    /** Records something on behalf of a named actor, e.g. the username tried in a failed sign-in. */
    public void recordAs(String actor, String actorRole, AuditKind kind, String subjectType, String subjectId,
                         String detail) {
        neo4j.query(APPEND)
                .bind(UUID.randomUUID().toString()).to("id")
                .bind(clock.instant().atZone(java.time.ZoneOffset.UTC)).to("at")
                .bind(kind.name()).to("kind")
                .bind(actor).to("actor")
                .bind(actorRole).to("actorRole")
                .bind(subjectType).to("subjectType")
                .bind(subjectId).to("subjectId")
                .bind(detail).to("detail")
                .bind(clientAddress()).to("address")
                .run();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
