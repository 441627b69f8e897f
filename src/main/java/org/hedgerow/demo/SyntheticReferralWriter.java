package org.hedgerow.demo;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hedgerow.referral.ReferralTallies;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes synthetic referrals in the shape the referral feature writes them ({@code OF}, {@code MADE_BY},
 * {@code TO}, {@code FOR_NEED}, {@code ONWARD_FROM}), one transaction per batch of whole chains, MERGEd on
 * ids. To keep a million-referral store small, no {@code ReferralEvent} history is written: each referral
 * carries its status, dates and version only. The need is the first one the activity supports. Each batch is counted
 * into the referral module's tallies as it is written ({@link ReferralTallies}), as the module's own writes are.
 */
@Component
class SyntheticReferralWriter {

    private static final String REFERRALS = """
            UNWIND $rows AS row
            MERGE (p:Participant {id: row.participant})
            SET p.reference = row.reference, p.contact = 'Through the referring link worker', p.consent = true,
                p.consentRecordedBy = row.linkWorkerName,
                p.consentRecordedAt = $now - duration({seconds: row.consentSecondsAgo})
            WITH p, row
            UNWIND row.steps AS step
            MATCH (a:Activity {id: step.activity})
            MERGE (r:Referral {id: step.id})
            SET r += step.outcomes, r.status = step.status, r.reason = step.reason, r.version = step.version,
                r.createdAt = $now - duration({seconds: step.createdSecondsAgo}),
                r.updatedAt = $now - duration({seconds: step.updatedSecondsAgo}),
                r.overrideCapacity = false, r.declineReason = step.declineReason, r.consentCarriedFrom = step.from
            MERGE (r)-[:OF]->(p)
            MERGE (r)-[:TO]->(a)
            WITH r, a, row, step
            CALL (r, a) { MATCH (a)-[:SUPPORTS]->(n:Need) WITH n ORDER BY n.code LIMIT 1 MERGE (r)-[:FOR_NEED]->(n) }
            CALL (r, row, step) {
                WITH r, row, step WHERE step.from IS NULL
                MATCH (w:LinkWorker {id: row.linkWorker})
                MERGE (r)-[:MADE_BY]->(w)
            }
            """;

    /** Second, once every step exists: the chain, and who referred on (an organiser of the group before). */
    private static final String ONWARD = """
            UNWIND $rows AS row
            UNWIND row.steps AS step
            WITH step WHERE step.from IS NOT NULL
            MATCH (r:Referral {id: step.id})
            MATCH (before:Referral {id: step.from})
            MERGE (r)-[:ONWARD_FROM]->(before)
            WITH r, before
            CALL (r, before) {
                MATCH (before)-[:TO]->(:Activity)<-[:RUNS]-(:Group)<-[organising:ORGANISES]-(o:Organiser)
                WITH o ORDER BY organising.role, o.id LIMIT 1
                MERGE (r)-[:MADE_BY]->(o)
            }
            """;

    /** Which of these referrals are already in the store (counted when they were written). */
    private static final String EXISTING = """
            UNWIND $ids AS id
            MATCH (r:Referral {id: id})
            RETURN r.id
            """;

    private static final String WRITTEN = """
            RETURN EXISTS { (:Referral {id: $first}) } AND EXISTS { (:Referral {id: $last})-[:MADE_BY]->() } AS written
            """;

    private final Neo4jClient neo4j;
    private final ReferralTallies tallies;
    private final TransactionTemplate transactions;

    SyntheticReferralWriter(Neo4jClient neo4j, ReferralTallies tallies, PlatformTransactionManager transactionManager) {
        this.neo4j = neo4j;
        this.tallies = tallies;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether the batch from {@code first} to {@code last} is already in the store (batches commit whole). */
    boolean written(String first, String last) {
        return neo4j.query(WRITTEN).bind(first).to("first").bind(last).to("last").fetchAs(Boolean.class).one()
                .orElse(false);
    }

    /**
     * Writes the chains and counts their new referrals into the referral module's tallies (the gap map's demand), in
     * one transaction; a referral already written (a batch cut short and written again) was counted then.
     */
    void write(List<Map<String, Object>> chains, ZonedDateTime now) {
        var ids = new ArrayList<String>();
        for (var chain : chains) {
            for (var step : (List<?>) chain.get("steps")) {
                ids.add((String) ((Map<?, ?>) step).get("id"));
            }
        }
        transactions.executeWithoutResult(status -> {
            var existing = Set.copyOf(neo4j.query(EXISTING).bind(ids).to("ids").fetchAs(String.class).all());
            neo4j.query(REFERRALS).bind(chains).to("rows").bind(now).to("now").run();
            neo4j.query(ONWARD).bind(chains).to("rows").run();
            tallies.count(ids.stream().filter(id -> !existing.contains(id)).toList());
        });
    }

    /**
     * A row for {@link #REFERRALS}, from keys and values in turn (values may be null): chains, their steps
     * and outcomes stay maps, because {@code SET r += step.outcomes} writes whatever outcomes a step has.
     */
    static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
