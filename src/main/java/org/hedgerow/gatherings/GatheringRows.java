package org.hedgerow.gatherings;

/** The Cypher the gatherings' statements share: who may see a gathering, who may record at it, and its view. */
final class GatheringRows {

    /**
     * Whether enabled {@code account} may see gathering {@code g}: an admin; a facilitator of a place it is held
     * within; an organiser of a group invited to it.
     */
    static final String MAY_SEE = """
            (account IS NOT NULL AND g IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:HELD_IN]-(g) })
                OR (account.role = 'PROVIDER'
                    AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(:Group)-[:INVITED_TO]->(g) })))""";

    /** Whether {@code account} may record connections and plans at {@code g}: its place's facilitators, admins. */
    static final String MAY_RECORD = """
            (account IS NOT NULL AND g IS NOT NULL AND (
                   account.role = 'ADMIN'
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:HELD_IN]-(g) })))""";

    /** Gathering {@code g} as a {@link GatheringView} for {@code account} (which marks its own groups). */
    static final String VIEW = """
            g {.id, .title, .startsAt, .place, .version,
               venue: [(g)-[:AT]->(v:Venue) | v {.id, .name}][0],
               locality: [(g)-[:HELD_IN]->(l:Locality) | l {.code, .name}][0],
               convenedBy: [(g)-[:CONVENED_BY]->(c:Account) | c.displayName][0],
               invited: COLLECT { MATCH (grp:Group)-[inv:INVITED_TO]->(g)
                                  RETURN {group: grp {.id, .name}, answer: inv.answer, answeredAt: inv.answeredAt,
                                          yours: account IS NOT NULL AND EXISTS {
                                              (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(grp) }} AS invitation
                                  ORDER BY grp.name, grp.id },
               connections: COLLECT { MATCH (g)<-[:MADE_AT]-(i:Introduction)-[:FROM]->(from:Organiser),
                                            (i)-[:TO]->(to:Organiser)
                                      RETURN {introductionId: i.id, from: from {.id, .name}, to: to {.id, .name},
                                              fromGroup: [(from)-[:ORGANISES]->(fg:Group)-[:INVITED_TO]->(g)
                                                          | fg {.id, .name}][0],
                                              toGroup: [(i)-[:ABOUT]->(tg:Group) | tg {.id, .name}][0],
                                              context: i.context, madeAt: i.requestedAt} AS connection
                                      ORDER BY i.requestedAt, i.id },
               plans: COLLECT { MATCH (g)<-[:PLANNED_AT]-(p:Post)
                                RETURN {postId: p.id, title: p.title, createdAt: p.createdAt} AS plan
                                ORDER BY p.createdAt, p.id }}""";

    private GatheringRows() {
    }
}
