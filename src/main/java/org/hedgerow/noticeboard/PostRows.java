package org.hedgerow.noticeboard;

/**
 * The Cypher the noticeboard's statements share: map projections whose keys are the components of
 * {@link PostView} and {@link ReplyView}, so {@code Rows} maps them as they come, and who wrote a post.
 */
final class PostRows {

    /**
     * The author of post or reply {@code %s}: an organiser, or an account shown by its display name and role
     * (as {@link PostView.Author}).
     */
    private static final String AUTHOR = """
            author: COLLECT { MATCH (%s)-[:POSTED_BY]->(a)
                              RETURN {name: CASE WHEN a:Organiser THEN a.name ELSE a.displayName END,
                                      role: CASE WHEN a:Organiser THEN 'PROVIDER' ELSE a.role END,
                                      organiserId: CASE WHEN a:Organiser THEN a.id END} }[0]""";

    /**
     * Post {@code p} as a {@link PostView}, with its author, what it is about, the locality it was placed in
     * and its reply count.
     */
    static final String POST = """
            p {.id, .kind, .title, .text, .topics, .status, .createdAt, .closedAt, .closedNote, .version,
               %s,
               about: COLLECT { MATCH (p)-[:ABOUT]->(t)
                                RETURN {kind: CASE WHEN t:Group THEN 'GROUP' WHEN t:Activity THEN 'ACTIVITY'
                                                   WHEN t:Venue THEN 'VENUE' WHEN t:Locality THEN 'LOCALITY' END,
                                        id: t.id, name: t.name} }[0],
               locality: COLLECT { MATCH (p)-[:POSTED_IN]->(l:Locality) RETURN {code: l.code, name: l.name} }[0],
               replyCount: COUNT { (p)<-[:REPLIES_TO]-(:Reply) },
               gathering: COLLECT { MATCH (p)-[:PLANNED_AT]->(met:Gathering) RETURN met {.id, .title} }[0]}
            """.formatted(AUTHOR.formatted("p"));

    /** Reply {@code r} as a {@link ReplyView}, with its author as for a post. */
    static final String REPLY = """
            r {.id, .text, .createdAt,
               %s}
            """.formatted(AUTHOR.formatted("r"));

    /**
     * Whether {@code account} wrote post {@code p}: it is the post's author, or the author is the organiser
     * the account acts as (whichever of their accounts posted it). Closing and editing both ask it.
     */
    static final String WROTE = """
            (EXISTS { (p)-[:POSTED_BY]->(account) }
                OR (account.role = 'PROVIDER'
                    AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)<-[:POSTED_BY]-(p) }))""";

    private PostRows() {
    }
}
