package org.hedgerow.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail.
 *
 * @param actor       the username that acted (for a failed sign-in: the username tried)
 * @param subjectType what kind of thing it concerned (Account, Referral, Participant, Session …)
 * @param subjectId   which one, when there is one
 * @param detail      a short description, never personal data itself
 * @param address     the client's network address
 */
public record AuditEntry(String id, Instant at, AuditKind kind, String actor, @Nullable String actorRole,
                         String subjectType, @Nullable String subjectId, @Nullable String detail, String address) {
}
