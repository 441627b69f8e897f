// Counts the referrals already in the store into their makers' tallies (ReferralTallies.WRITE's shape), one batch of
// makers per transaction, so a store with a million referrals needs no more memory than a batch. Each maker's tallies
// are set, not added to, so a run cut short and run again counts nothing twice.
MATCH (maker) WHERE maker:LinkWorker OR maker:Organiser
CALL (maker) {
    MATCH (maker)<-[:MADE_BY]-(r:Referral)
    WITH maker, r, date(datetime({datetime: r.createdAt, timezone: 'Z'})) AS made,
         CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 ELSE 0 END AS full
    CALL (r) {
        MATCH (r)-[:FOR_NEED]->(n) RETURN 'NEED' AS axis, n.code AS code
        UNION ALL
        MATCH (r)-[:TO]->()-[:IN_CATEGORY]->(c) RETURN 'CATEGORY' AS axis, c.code AS code
    }
    WITH maker, axis, code, date.truncate('month', made) AS month, made.day - 1 AS day,
         count(*) AS referrals, sum(full) AS declinedFull
    WITH maker, axis, code, month, collect([day, referrals, declinedFull]) AS days
    MERGE (t:ReferralTally {key: maker.id + '|' + axis + '|' + code + '|' + toString(month)})
    SET t.axis = axis, t.code = code, t.month = month,
        t.referrals = reduce(s = 0, d IN days | s + d[1]),
        t.declinedFull = reduce(s = 0, d IN days | s + d[2]),
        t.referralsByDay = [i IN range(0, 30) | reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[1] ELSE 0 END)],
        t.declinedFullByDay = [i IN range(0, 30) | reduce(s = 0, d IN days | s + CASE WHEN d[0] = i THEN d[2] ELSE 0 END)]
    WITH maker, axis, t
    CALL (maker, axis, t) { WITH maker, t WHERE axis = 'NEED' MERGE (maker)-[:NEED_TALLY]->(t) }
    CALL (maker, axis, t) { WITH maker, t WHERE axis = 'CATEGORY' MERGE (maker)-[:CATEGORY_TALLY]->(t) }
} IN TRANSACTIONS OF 500 ROWS;
