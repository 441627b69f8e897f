package org.hedgerow.core;

/**
 * Who may change what in the directory, as Cypher predicates over a bound {@code account} and the thing.
 * Each write statement embeds the predicate it needs, so the check and the change happen in one transaction.
 * Facilitators look after everything within their place; admins after everything.
 */
public final class MayChange {

    private MayChange() {
    }

    /** The signed-in account, bound as {@code account}; null if it is disabled or gone. */
    public static final String ACCOUNT = "OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled";

    /** {@code g}: its organisers, a facilitator of a place it is based within, admins. */
    public static final String GROUP = """
            (account IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'PROVIDER'
                    AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(g) })
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g) })))""";

    /** {@code v}: who added it, organisers of groups meeting there, a facilitator of its place, admins. */
    public static final String VENUE = """
            (account IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'PROVIDER' AND (v.addedBy = account.id
                    OR EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity)-[:HELD_AT]->(v) }))
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:IN]-(v) })))""";

    /** {@code o}: the organiser themself, a facilitator of a place where they organise a group, admins. */
    public static final String ORGANISER = """
            (account IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'PROVIDER' AND EXISTS { (account)-[:ACTS_AS]->(o) })
                OR (account.role = 'FACILITATOR' AND EXISTS {
                    (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(:Group)<-[:ORGANISES]-(o) })))""";

    /** {@code l}: a facilitator of a place it lies strictly within, admins. */
    public static final String LOCALITY = """
            (account IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'FACILITATOR' AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*1..]-(l) })))""";

    /** {@code parent}: a new locality within it may be added by a facilitator of a place it is within, and admins. */
    public static final String LOCALITY_PARENT = """
            (account IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'FACILITATOR' AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(parent) })))""";

    /** Categories and needs are the network's shared vocabulary: admins only. */
    public static final String VOCABULARY = "(account IS NOT NULL AND account.role = 'ADMIN')";
}
