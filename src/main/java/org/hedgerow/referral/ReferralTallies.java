package org.hedgerow.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hedgerow.activities.ActivityCategoriesChanged;
import org.hedgerow.core.NetworkZone;
import org.springframework.context.event.EventListener;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many referrals each person made, per month and need (and per month and category of the activity referred to),
 * and how many of those were declined as full: the gap map's demand, read without touching the referrals.
 *
 * <p>A {@code ReferralTally} hangs off its maker (a link worker or an organiser) by {@code NEED_TALLY} or
 * {@code CATEGORY_TALLY}; it carries {@code code}, {@code month} (the date of the month's first day),
 * {@code referrals} and {@code declinedFull} for the whole month, and the same per day of the month
 * ({@code referralsByDay}, {@code declinedFullByDay}, 31 counts each, by the day the referral was made), so a period
 * that starts or ends inside a month is still counted exactly. Days and months are the network's, UK time
 * ({@link NetworkZone}), as are the periods read over them. Counted as the referral module writes: in the same
 * statement as the referral is made ({@link #add}) or declined as full, so the counts cannot drift from the referrals
 * (a referral's maker, needs, activity and creation time never change after it is made; declining is final), and
 * when an activity's categories change, its referrals move to the new ones in that transaction ({@link #on}).
 * The synthetic store writes its referrals in batches and counts each batch in its transaction ({@link #count}).
 *
 * <p>A person's tally for a month and column is kept in up to {@value #STRIPES} stripes (nodes summed on read, as
 * every reader sums tallies anyway): each referral is counted in the stripe it drew when made ({@code tallyStripe},
 * absent for referrals counted in stripe 0 by the backfill and the synthetic store), so that referrals made at once
 * by the same person mostly lock different nodes; stripe 0's key is the unstriped key. Every statement takes its
 * tallies in (maker, axis, code, month, stripe) order, so two never wait on each other's tallies crosswise.
 */
@Component
public class ReferralTallies {

    /** How many nodes one person's tally for a month and column may be spread over. */
    static final int STRIPES = 4;

    /** The stripe a new referral is counted in, drawn when it is made. */
    static final String NEW_STRIPE = "toInteger(rand() * " + STRIPES + ")";

    /** The tally's key: stripe 0 has the key tallies had before they were striped (the backfill writes it). */
    private static final String KEY = "maker.id + '|' + axis + '|' + code + '|' + toString(month)"
            + " + CASE stripe WHEN 0 THEN '' ELSE '|' + toString(stripe) END";

    /**
     * Adds each {@code (maker, axis, code, month, stripe, days)} row to its tally, creating it when new; {@code days} is a
     * list of {@code [day of month from 0, referrals, declinedFull]}. The tally's write lock is taken before its
     * counts are read, so two referrals counted at once both count. The maker is linked to a tally only by the
     * statement that made it (whose commit every other waits for at the {@code MERGE}, the key being unique), with
     * {@code CREATE}: a relationship {@code MERGE} that creates locks the maker exclusively until commit, so that a
     * link worker's other referrals in flight would wait for it.
     */
    static final String WRITE = """
            MERGE (t:ReferralTally {key: %s})
              ON CREATE SET t.axis = axis, t.code = code, t.month = month, t.referrals = 0, t.declinedFull = 0,
                            t.referralsByDay = [i IN range(0, 30) | 0], t.declinedFullByDay = [i IN range(0, 30) | 0]
            SET t._lock = true
            REMOVE t._lock
            WITH maker, axis, t, days
            CALL (t, days) {
                SET t.referrals = t.referrals + reduce(s = 0, d IN days | s + d[1]),
                    t.declinedFull = t.declinedFull + reduce(s = 0, d IN days | s + d[2]),
                    t.referralsByDay = [i IN range(0, 30) | t.referralsByDay[i]
                        + reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[1] ELSE 0 END)],
                    t.declinedFullByDay = [i IN range(0, 30) | t.declinedFullByDay[i]
                        + reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[2] ELSE 0 END)]
            }
            CALL (maker, axis, t) {
                WITH maker, t WHERE axis = 'NEED' AND NOT EXISTS { (maker)-[:NEED_TALLY]->(t) }
                CREATE (maker)-[:NEED_TALLY]->(t)
            }
            CALL (maker, axis, t) {
                WITH maker, t WHERE axis = 'CATEGORY' AND NOT EXISTS { (maker)-[:CATEGORY_TALLY]->(t) }
                CREATE (maker)-[:CATEGORY_TALLY]->(t)
            }
            """.formatted(KEY);

    /** The columns referral {@code referral} (a variable) counts in: its needs, and the categories of its activity. */
    private static String columns(String referral) {
        return """
                CALL (%1$s) {
                    MATCH (%1$s)-[:FOR_NEED]->(need) RETURN 'NEED' AS axis, need.code AS code
                    UNION ALL
                    MATCH (%1$s)-[:TO]->()-[:IN_CATEGORY]->(category) RETURN 'CATEGORY' AS axis, category.code AS code
                }
                """.formatted(referral);
    }

    /**
     * Counts referral {@code referral} (a variable, made by someone, with its needs and activity) into its tallies:
     * the bound {@code referrals} and {@code declinedFull} more (or fewer) of it. A unit subquery: the statement around
     * it keeps its rows.
     */
    static String add(String referral) {
        return """
                CALL (%1$s, referrals, declinedFull) {
                    WITH %1$s, referrals, declinedFull WHERE referrals <> 0 OR declinedFull <> 0
                    MATCH (%1$s)-[:MADE_BY]->(maker)
                    WITH %1$s, referrals, declinedFull, maker,
                         %4$s AS made,
                         coalesce(%1$s.tallyStripe, 0) AS stripe
                %2$s
                    WITH maker, axis, code, date.truncate('month', made) AS month, stripe,
                         [[made.day - 1, referrals, declinedFull]] AS days
                    ORDER BY axis, code
                %3$s
                }
                """.replace("%2$s", columns(referral).indent(4)).replace("%3$s", WRITE.indent(4))
                .replace("%4$s", NetworkZone.cypherDayOf(referral + ".createdAt")).replace("%1$s", referral);
    }

    /** Whether referral {@code r} counts as declined as full: 1 or 0. */
    static final String DECLINED_FULL = "CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 ELSE 0 END";

    /** Counts the referrals with these ids (not counted before) into their tallies, together per tally. */
    private static final String COUNT = """
            UNWIND $ids AS id
            MATCH (r:Referral {id: id})-[:MADE_BY]->(maker)
            WITH r, maker, %s AS made, %s AS full,
                 coalesce(r.tallyStripe, 0) AS stripe
            %s
            WITH maker, axis, code, date.truncate('month', made) AS month, stripe, made.day - 1 AS day,
                 count(*) AS referrals, sum(full) AS declinedFull
            WITH maker, axis, code, month, stripe, collect([day, referrals, declinedFull]) AS days
            ORDER BY maker.id, axis, code, month, stripe
            %s
            """.formatted(NetworkZone.cypherDayOf("r.createdAt"), DECLINED_FULL, columns("r"), WRITE);

    /**
     * Moves the activity's referrals from the categories it left to those it joined: per referral, one fewer in each
     * left category's tally and one more in each joined one's (declined as full likewise); a tally left counting
     * nothing is removed, as a recount would not have it.
     */
    private static final String RECATEGORISE = """
            MATCH (:Activity {id: $activity})<-[:TO]-(r:Referral)-[:MADE_BY]->(maker)
            WITH maker, %s AS made, %s AS full,
                 coalesce(r.tallyStripe, 0) AS stripe
            UNWIND $moves AS move
            WITH maker, 'CATEGORY' AS axis, move.code AS code, date.truncate('month', made) AS month, stripe,
                 made.day - 1 AS day, sum(move.by) AS referrals, sum(move.by * full) AS declinedFull
            WITH maker, axis, code, month, stripe, collect([day, referrals, declinedFull]) AS days
            ORDER BY maker.id, axis, code, month, stripe
            %s
            WITH t WHERE t.referrals = 0
            DETACH DELETE t
            """.formatted(NetworkZone.cypherDayOf("r.createdAt"), DECLINED_FULL, WRITE);

    private final Neo4jClient neo4j;

    ReferralTallies(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Counts referrals written outside this module's statements (the synthetic store's batches), in the caller's
     * transaction; each must be counted once, after its maker, needs and activity are linked.
     */
    @Transactional
    public void count(List<String> referralIds) {
        neo4j.query(COUNT).bind(referralIds).to("ids").run();
    }

    /**
     * An activity's categories changed: its referrals now count in its new categories (as the gap map counted them
     * when it read the referrals), in the transaction of the change, so the tallies still equal a recount.
     */
    @EventListener
    void on(ActivityCategoriesChanged changed) {
        var moves = new ArrayList<Map<String, Object>>();
        changed.before().stream().filter(code -> !changed.after().contains(code))
                .forEach(code -> moves.add(Map.of("code", code, "by", -1)));
        changed.after().stream().filter(code -> !changed.before().contains(code))
                .forEach(code -> moves.add(Map.of("code", code, "by", 1)));
        if (!moves.isEmpty()) {
            neo4j.query(RECATEGORISE).bind(changed.activityId()).to("activity").bind(moves).to("moves").run();
        }
    }
}
