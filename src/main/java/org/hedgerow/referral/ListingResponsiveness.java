package org.hedgerow.referral;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Period;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Responsiveness} of an activity or a group, read from the referrals' own events in one statement: a
 * referral's answer is its first {@code ACCEPTED} or {@code DECLINED} event (the receiving group's move; a
 * withdrawal is the referrer's and answers nothing). Only counts and durations leave the statement.
 */
@Component
class ListingResponsiveness {

    static final int AT_LEAST = 5;

    private static final String ANSWERS = """
            CALL (r) {
                MATCH (r)-[:HAD]->(e:ReferralEvent) WHERE e.status IN ['ACCEPTED', 'DECLINED']
                RETURN e ORDER BY e.at, e.version LIMIT 1
            }
            RETURN count(e) AS answered, count(CASE WHEN e.status = 'ACCEPTED' THEN 1 END) AS accepted,
                   percentileCont(duration.inSeconds(r.createdAt, e.at).seconds, 0.5) AS medianSeconds
            """;

    static final String OF_ACTIVITY = """
            OPTIONAL MATCH (a:Activity {id: $id})
            CALL (a) {
                MATCH (a)<-[:TO]-(r:Referral) WHERE r.createdAt >= $from AND r.createdAt < $to
            %s
            }
            RETURN a IS NOT NULL AS exists, answered, accepted, medianSeconds
            """.formatted(ANSWERS.indent(4));

    static final String OF_GROUP = """
            OPTIONAL MATCH (g:Group {id: $id})
            CALL (g) {
                MATCH (g)-[:RUNS]->()<-[:TO]-(r:Referral) WHERE r.createdAt >= $from AND r.createdAt < $to
            %s
            }
            RETURN g IS NOT NULL AS exists, answered, accepted, medianSeconds
            """.formatted(ANSWERS.indent(4));

    record Found(boolean exists, long answered, long accepted, Double medianSeconds) {
    }

    private final Neo4jClient neo4j;

    ListingResponsiveness(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional(readOnly = true)
    Responsiveness ofActivity(String id, Period period) {
        return read(OF_ACTIVITY, id, period, "There is no activity " + id + ".");
    }

    @Transactional(readOnly = true)
    Responsiveness ofGroup(String id, Period period) {
        return read(OF_GROUP, id, period, "There is no group " + id + ".");
    }

    private Responsiveness read(String statement, String id, Period period, String notFound) {
        var found = Rows.fetch(neo4j.query(statement).bind(id).to("id").bind(period.start()).to("from")
                .bind(period.end()).to("to"), Found.class).one().orElseThrow();
        if (!found.exists()) {
            throw new NotFoundException(notFound);
        }
        return of(found, period);
    }

    static Responsiveness of(Found found, Period period) {
        if (found.answered() < AT_LEAST || found.medianSeconds() == null) {
            return new Responsiveness(period.from(), period.to(), null, null, null,
                    "Fewer than " + AT_LEAST + " referrals answered in the last 12 months.");
        }
        int days = (int) Math.max(1, Math.ceil(found.medianSeconds() / 86_400));
        double share = BigDecimal.valueOf((double) found.accepted() / found.answered())
                .setScale(2, RoundingMode.HALF_UP).doubleValue();
        return new Responsiveness(period.from(), period.to(), found.answered(), days, share, null);
    }
}
