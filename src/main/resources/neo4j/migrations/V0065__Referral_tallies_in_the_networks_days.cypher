// Counts every referral again into its maker's tallies by the network's day and month (UK time, as
// ReferralTallies counts from now on), where V0061 and the statements before this version counted UTC days: a
// referral made between midnight and 1 am in summer counted on the day before, and on the 1st of a month in the month
// before. A batch of makers per transaction: each maker's tallies are removed and made again from their referrals,
// each in the stripe it drew (ReferralTallies.WRITE's shape and keys), so a run cut short and run again counts
// nothing twice.
MATCH (maker) WHERE maker:LinkWorker OR maker:Organiser
CALL (maker) {
    CALL (maker) {
        MATCH (maker)-[:NEED_TALLY|CATEGORY_TALLY]->(old:ReferralTally)
        DETACH DELETE old
    }
    MATCH (maker)<-[:MADE_BY]-(r:Referral)
    WITH maker, r, date(datetime({datetime: r.createdAt, timezone: 'Europe/London'})) AS made,
         CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 ELSE 0 END AS full,
         coalesce(r.tallyStripe, 0) AS stripe
    CALL (r) {
        MATCH (r)-[:FOR_NEED]->(n) RETURN 'NEED' AS axis, n.code AS code
        UNION ALL
        MATCH (r)-[:TO]->()-[:IN_CATEGORY]->(c) RETURN 'CATEGORY' AS axis, c.code AS code
    }
    WITH maker, axis, code, date.truncate('month', made) AS month, stripe, made.day - 1 AS day,
         count(*) AS referrals, sum(full) AS declinedFull
    WITH maker, axis, code, month, stripe, collect([day, referrals, declinedFull]) AS days
    CREATE (t:ReferralTally {key: maker.id + '|' + axis + '|' + code + '|' + toString(month)
                                  + CASE stripe WHEN 0 THEN '' ELSE '|' + toString(stripe) END})
    SET t.axis = axis, t.code = code, t.month = month,
        t.referrals = reduce(s = 0, d IN days | s + d[1]),
        t.declinedFull = reduce(s = 0, d IN days | s + d[2]),
        t.referralsByDay = [i IN range(0, 30) | reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[1] ELSE 0 END)],
        t.declinedFullByDay = [i IN range(0, 30) | reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[2] ELSE 0 END)]
    WITH maker, axis, t
    CALL (maker, axis, t) { WITH maker, t WHERE axis = 'NEED' CREATE (maker)-[:NEED_TALLY]->(t) }
    CALL (maker, axis, t) { WITH maker, t WHERE axis = 'CATEGORY' CREATE (maker)-[:CATEGORY_TALLY]->(t) }
} IN TRANSACTIONS OF 100 ROWS;
