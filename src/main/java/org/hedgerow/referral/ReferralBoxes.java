package org.hedgerow.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inboxes and outboxes, newest first. The statement starts from the account, so it only ever walks the
 * caller's own referrals; every referral a page shows (with its participant's reference) is an audited read, a
 * line per referral written by the statement that reads them, so a subject access export finds each time a
 * person's referral was listed, and by whom.
 */
@Component
class ReferralBoxes {

    private static final String LIST = """
            %s
            CALL (account) {
                WITH account WHERE $box = 'INBOX' AND account.role = 'PROVIDER'
                MATCH (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)
                RETURN r
                UNION
                WITH account WHERE $box = 'OUTBOX' AND account.role IN ['PROVIDER', 'LINK_WORKER']
                MATCH (account)-[:ACTS_AS]->()<-[:MADE_BY]-(r:Referral)
                RETURN r
            }
            WITH r
            WHERE ($status IS NULL OR r.status = $status)
              AND ($activity IS NULL OR EXISTS { (r)-[:TO]->(:Activity {id: $activity}) })
              AND ($from IS NULL OR r.createdAt >= $from)
              AND ($to IS NULL OR r.createdAt < $to)
              AND ($changedSince IS NULL OR r.updatedAt >= $changedSince)
            WITH r ORDER BY r.createdAt DESC, r.id
            WITH collect(r) AS matched
            WITH size(matched) AS total, matched[$skip..$skip + $size] AS page
            WITH total, page, [r IN page | {kind: 'REFERRAL_READ', subjectType: 'Referral', subjectId: r.id,
                                            detail: $listed}] AS lines
            %s
            RETURN total,
                   [r IN page | r {.id, .status, .createdAt, .updatedAt,
                       version: coalesce(r.version, 0),
                       activity: [(r)-[:TO]->(a:Activity) | a {.id, .name}][0],
                       group: [(r)-[:TO]->(:Activity)<-[:RUNS]-(g:Group) | g {.id, .name}][0],
                       madeBy: [(r)-[:MADE_BY]->(m) | {id: m.id, name: m.name,
                                kind: CASE WHEN m:LinkWorker THEN 'LINK_WORKER' ELSE 'ORGANISER' END}][0],
                       participantReference: [(r)-[:OF]->(p:Participant) | p.reference][0],
                       onwardFrom: [(r)-[:ONWARD_FROM]->(o:Referral) | o.id][0]}] AS items
            """.formatted(MaySee.ACCOUNT, AuditTrail.LINES);

    /**
     * What a box may be narrowed to; every part is optional, {@code to} is the last day included and
     * {@code changedSince} keeps the referrals changed at or after that instant (catching up after being offline).
     */
    record Filter(ReferralStatus status, String activity, LocalDate from, LocalDate to, Instant changedSince) {
    }

    private final Neo4jClient neo4j;
    private final AuditTrail audit;

    ReferralBoxes(Neo4jClient neo4j, AuditTrail audit) {
        this.neo4j = neo4j;
        this.audit = audit;
    }

    @Transactional
    Paged<ReferralSummary> list(SignedInUser user, Box box, Filter filter, PageRequest page) {
        if (box == Box.INBOX && user.role() != Role.PROVIDER) {
            throw new InvalidRequestException("box", "only providers have an inbox; yours is the outbox");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        var referrals = Rows.page(neo4j.query(LIST)
                .bind(user.accountId()).to("accountId").bind(box.name()).to("box")
                .bind(filter.status() == null ? null : filter.status().name()).to("status")
                .bind(filter.activity()).to("activity")
                .bind(filter.from() == null ? null : NetworkZone.startOf(filter.from())).to("from")
                .bind(filter.to() == null ? null : NetworkZone.startOf(filter.to().plusDays(1))).to("to")
                .bind(filter.changedSince() == null ? null : filter.changedSince().atZone(ZoneOffset.UTC))
                .to("changedSince")
                .bind("listed in the " + box.name().toLowerCase(Locale.ROOT) + ", page " + (page.pageOrFirst() + 1))
                .to("listed").bind(audit.stamp()).to("audit"), page, ReferralSummary.class);
        return referrals;
    }
}
