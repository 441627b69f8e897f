package org.hedgerow.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

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
 * its audit line commit (or roll back) together; a read is recorded before its data is returned. A feature
 * whose statement makes the change can write the lines in that same statement instead: it embeds
 * {@link #LINES} and binds {@link #stamp()} as {@code $audit}.
 */
@Component
public class AuditTrail {

    /**
     * Writes one audit line (an {@code :AuditEvent}) for each map in the list {@code lines}, inside the statement
     * that embeds it, so the lines commit or roll back with what they record and cost no round trip of their own.
     * <ul>
     * <li>{@code lines}: a variable in scope, a list of maps {@code {kind, subjectType, subjectId, detail}}, where
     * {@code kind} is the name of an {@link AuditKind} and {@code detail} never holds personal data;</li>
     * <li>{@code $audit}: a parameter, the {@link #stamp()} of who acted, from where and when.</li>
     * </ul>
     * It is a {@code FOREACH}: rows pass through it unchanged, and it may end a unit subquery. This is the only
     * statement text that creates audit lines.
     */
    public static final String LINES = """
            FOREACH (line IN lines |
                CREATE (:AuditEvent {id: randomUUID(), at: $audit.at, kind: line.kind, actor: $audit.actor,
                                     actorRole: $audit.actorRole, subjectType: line.subjectType,
                                     subjectId: line.subjectId, detail: line.detail, address: $audit.address}))""";

    private static final String APPEND = "WITH [$line] AS lines\n" + LINES;

    private final Neo4jClient neo4j;
    private final Clock clock;

    AuditTrail(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    /** Records something the signed-in user (or an anonymous caller) did to a subject. */
    public void record(AuditKind kind, String subjectType, String subjectId, String detail) {
        append(stamp(), kind, subjectType, subjectId, detail);
    }

    /** Records something on behalf of a named actor, e.g. the username tried in a failed sign-in. */
    public void recordAs(String actor, String actorRole, AuditKind kind, String subjectType, String subjectId,
                         String detail) {
        append(stamp(actor, actorRole), kind, subjectType, subjectId, detail);
    }

    /**
     * The {@code $audit} parameter of {@link #LINES}: now, the signed-in user (or {@code anonymous}) and their
     * role, and the client's network address.
     */
    public Map<String, Object> stamp() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        String actor = signedIn ? auth.getName() : "anonymous";
        String role = signedIn ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null) : null;
        return stamp(actor, role);
    }

    /**
     * The {@code $audit} parameter of {@link #LINES} for something done on behalf of a named actor when no one is
     * signed in, e.g. a demo network's history written at start-up as the accounts in it.
     */
    public Map<String, Object> stamp(String actor, String actorRole) {
        var stamp = new HashMap<String, Object>(); // the role and the address may be null
        stamp.put("at", clock.instant().atZone(ZoneOffset.UTC));
        stamp.put("actor", actor);
        stamp.put("actorRole", actorRole);
        stamp.put("address", clientAddress());
        return stamp;
    }

    private void append(Map<String, Object> stamp, AuditKind kind, String subjectType, String subjectId,
                        String detail) {
        var line = new HashMap<String, Object>(); // the subject id may be null
        line.put("kind", kind.name());
        line.put("subjectType", subjectType);
        line.put("subjectId", subjectId);
        line.put("detail", detail);
        neo4j.query(APPEND).bind(line).to("line").bind(stamp).to("audit").run();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
