package org.hedgerow.referral;

/**
 * Who may see and change a referral, as Cypher predicates over a bound {@code account} and referral {@code r}.
 * Every statement that reads or writes a referral embeds them, so the rule and the data meet in one
 * transaction. Facilitators are on no side of any referral: they see aggregates only.
 */
final class MaySee {

    private MaySee() {
    }

    /** The signed-in account, bound as {@code account}; null if it is disabled or gone. */
    static final String ACCOUNT = "OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled";

    /** {@code r} was made by the link worker or organiser the account acts as. */
    static final String REFERRER = """
            (account IS NOT NULL AND account.role IN ['LINK_WORKER', 'PROVIDER']
             AND EXISTS { (account)-[:ACTS_AS]->()<-[:MADE_BY]-(r) })""";

    /** {@code r} is to an activity of a group the account's organiser organises. */
    static final String RECEIVER = """
            (account IS NOT NULL AND account.role = 'PROVIDER'
             AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity)<-[:TO]-(r) })""";

    /** Either side of {@code r}, or an admin (whose every read is audited like anyone's). */
    static final String REFERRAL = """
            (account IS NOT NULL AND (account.role = 'ADMIN' OR %s OR %s))""".formatted(REFERRER, RECEIVER);
}
