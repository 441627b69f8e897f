package org.hedgerow.noticeboard;

import org.hedgerow.core.GraphValues;
import org.neo4j.driver.Value;

/**
 * How a post and a reply are read out of the graph: the Cypher map projections the noticeboard's reads
 * share, and their mapping to views.
 */
final class PostRows {

    /**
     * Post {@code p} as a map, with its author (an organiser, or an account shown by its display name),
     * what it is about, the locality it was placed in and its reply count.
     */
    static final String POST = """
            p {.id, .kind, .title, .text, .topics, .status, .createdAt, .closedAt, .closedNote, .version,
               author: COLLECT { MATCH (p)-[:POSTED_BY]->(a)
                                 RETURN {name: CASE WHEN a:Organiser THEN a.name ELSE a.displayName END,
                                         role: CASE WHEN a:Organiser THEN 'PROVIDER' ELSE a.role END,
                                         organiserId: CASE WHEN a:Organiser THEN a.id END} }[0],
               about: COLLECT { MATCH (p)-[:ABOUT]->(t)
                                RETURN {kind: CASE WHEN t:Group THEN 'GROUP' WHEN t:Activity THEN 'ACTIVITY'
                                                   WHEN t:Venue THEN 'VENUE' WHEN t:Locality THEN 'LOCALITY' END,
                                        id: t.id, name: t.name} }[0],
               locality: COLLECT { MATCH (p)-[:POSTED_IN]->(l:Locality) RETURN {code: l.code, name: l.name} }[0],
               replyCount: COUNT { (p)<-[:REPLIES_TO]-(:Reply) }}
            """;

    /** Reply {@code r} as a map, with its author as for a post. */
    static final String REPLY = """
            r {.id, .text, .createdAt,
               author: COLLECT { MATCH (r)-[:POSTED_BY]->(a)
                                 RETURN {name: CASE WHEN a:Organiser THEN a.name ELSE a.displayName END,
                                         role: CASE WHEN a:Organiser THEN 'PROVIDER' ELSE a.role END,
                                         organiserId: CASE WHEN a:Organiser THEN a.id END} }[0]}
            """;

    private PostRows() {
    }

    static PostView post(Value p) {
        var about = p.get("about");
        var locality = p.get("locality");
        return new PostView(p.get("id").asString(), PostKind.valueOf(p.get("kind").asString()),
                p.get("title").asString(), p.get("text").asString(), p.get("topics").asList(Value::asString),
                PostStatus.valueOf(p.get("status").asString()), GraphValues.instant(p.get("createdAt")),
                GraphValues.instant(p.get("closedAt")), p.get("closedNote").asString(null), author(p.get("author")),
                about.isNull() ? null : new PostView.About(AboutKind.valueOf(about.get("kind").asString()),
                        about.get("id").asString(), about.get("name").asString(null)),
                locality.isNull() ? null : new PostView.Place(locality.get("code").asString(),
                        locality.get("name").asString(null)),
                p.get("replyCount").asLong(), p.get("version").asLong(0));
    }

    static ReplyView reply(Value r) {
        return new ReplyView(r.get("id").asString(), r.get("text").asString(),
                GraphValues.instant(r.get("createdAt")), author(r.get("author")));
    }

    private static PostView.Author author(Value a) {
        return a.isNull() ? null
                : new PostView.Author(a.get("name").asString(null), a.get("role").asString(null),
                        a.get("organiserId").asString(null));
    }
}
