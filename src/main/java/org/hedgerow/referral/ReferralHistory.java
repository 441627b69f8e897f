package org.hedgerow.referral;

import java.time.Instant;
import java.time.ZoneOffset;

import org.hedgerow.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals that happened before now, e.g. a demo network's year, written through the very statements the API
 * uses (the same rules, refusals, spaces taken and given back, {@code ReferralEvent}s and audit lines), but dated
 * when they happened and announced to no one: history is not news. Each call acts as the account named, audited
 * under that account's username; a refusal throws as the API would refuse.
 */
@Component
public class ReferralHistory {

    private final ReferralEdits edits;
    private final AuditTrail audit;

    ReferralHistory(ReferralEdits edits, AuditTrail audit) {
        this.edits = edits;
        this.audit = audit;
    }

    /** A link worker's referral, made {@code at}; returns its id (its version is 0). */
    @Transactional
    public String refer(String accountId, String username, NewReferral referral, Instant at) {
        return edits.create(accountId, referral, at.atZone(ZoneOffset.UTC), audit.stamp(username, "LINK_WORKER"))
                .referral().id();
    }

    /** An organiser of the receiving group refers the person on from referral {@code id}, {@code at}; returns its id. */
    @Transactional
    public String referOn(String id, String accountId, String username, OnwardReferral onward, Instant at) {
        return edits.onward(id, accountId, onward, at.atZone(ZoneOffset.UTC), audit.stamp(username, "PROVIDER"))
                .referral().id();
    }

    /**
     * Moves referral {@code id} on {@code at}, as the API's status change does (the request carries the version the
     * account saw); returns the referral's new version.
     */
    @Transactional
    public long move(String id, String accountId, String username, String role, StatusRequest request, Instant at) {
        return edits.changeStatus(id, accountId, request, null, at.atZone(ZoneOffset.UTC), audit.stamp(username, role))
                .referral().version();
    }
}
