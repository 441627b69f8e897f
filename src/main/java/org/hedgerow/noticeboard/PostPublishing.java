package org.hedgerow.noticeboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a post up, in one statement that also decides who may and who the author is: a provider posts
 * as the organiser they act as, a facilitator or admin as their own account; link workers do not post.
 * Anyone who may post may post about any group, activity, venue or locality, not only their own: an ask
 * is often about someone else's venue. The post is placed in the locality of what it is about (a group's
 * base, an activity's venue or else its group's base, a venue's locality, or the locality itself) as that
 * stands when it is posted.
 */
@Component
class PostPublishing {

    // A post may name the gathering where it was planned ((:Post)-[:PLANNED_AT]->(:Gathering)); an unknown one
    // refuses the post, naming the field.

    private static final String PUBLISH = """
            OPTIONAL MATCH (account:Account {id: $accountId})
            OPTIONAL MATCH (account)-[:ACTS_AS]->(organiser:Organiser)
            WITH CASE
                   WHEN account IS NULL OR NOT account.enabled THEN null
                   WHEN account.role = 'PROVIDER' THEN organiser
                   WHEN account.role IN ['FACILITATOR', 'ADMIN'] THEN account
                 END AS author
            OPTIONAL MATCH (gathering:Gathering {id: $gathering})
            OPTIONAL CALL () {
                MATCH (t:Group {id: $aboutId}) WHERE $aboutKind = 'GROUP' RETURN t
                UNION
                MATCH (t:Activity {id: $aboutId}) WHERE $aboutKind = 'ACTIVITY' RETURN t
                UNION
                MATCH (t:Venue {id: $aboutId}) WHERE $aboutKind = 'VENUE' RETURN t
                UNION
                MATCH (t:Locality {id: $aboutId}) WHERE $aboutKind = 'LOCALITY' RETURN t
            }
            WITH author, t, gathering, CASE
                   WHEN t:Locality THEN t
                   WHEN t:Group THEN COLLECT { MATCH (t)-[:BASED_IN]->(l:Locality) RETURN l }[0]
                   WHEN t:Venue THEN COLLECT { MATCH (t)-[:IN]->(l:Locality) RETURN l }[0]
                   WHEN t:Activity THEN coalesce(
                       COLLECT { MATCH (t)-[:HELD_AT]->(:Venue)-[:IN]->(l:Locality) RETURN l }[0],
                       COLLECT { MATCH (t)<-[:RUNS]-(:Group)-[:BASED_IN]->(l:Locality) RETURN l }[0])
                 END AS place
            CALL (author, t, place, gathering) {
                WITH * WHERE author IS NOT NULL AND t IS NOT NULL AND ($gathering IS NULL OR gathering IS NOT NULL)
                CREATE (p:Post {id: $id, kind: $kind, title: $title, text: $text, topics: $topics,
                                status: 'OPEN', createdAt: $now, changedAt: $now, version: 0})
                CREATE (p)-[:POSTED_BY]->(author)
                CREATE (p)-[:ABOUT]->(t)
                FOREACH (l IN CASE WHEN place IS NULL THEN [] ELSE [place] END | CREATE (p)-[:POSTED_IN]->(l))
                FOREACH (met IN CASE WHEN gathering IS NULL THEN [] ELSE [gathering] END |
                    CREATE (p)-[:PLANNED_AT]->(met))
                RETURN count(p) AS created
            }
            RETURN author IS NOT NULL AS mayPost, t IS NOT NULL AS aboutKnown,
                   $gathering IS NULL OR gathering IS NOT NULL AS gatheringKnown, place.code AS localityCode
            """;

    /** Whether the account may post, whether what it is about exists, and where the post was placed. */
    private record Published(boolean mayPost, boolean aboutKnown, boolean gatheringKnown, String localityCode) {
    }

    private final Neo4jClient neo4j;
    private final Noticeboard noticeboard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostPublishing(Neo4jClient neo4j, Noticeboard noticeboard, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.noticeboard = noticeboard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    PostView publish(String accountId, NewPost post) {
        String id = UUID.randomUUID().toString();
        var placed = publish(id, accountId, post, clock.instant());
        events.publishEvent(new PostPublished(id, PostKind.valueOf(post.kind()), placed,
                AboutKind.valueOf(post.about().kind()), post.about().id(), post.title().strip()));
        return noticeboard.post(id);
    }

    /** Puts post {@code id} up {@code at}, or refuses; returns the code of the locality it was placed in. Announces nothing. */
    String publish(String id, String accountId, NewPost post, Instant at) {
        var outcome = Rows.fetch(neo4j.query(PUBLISH)
                .bind(accountId).to("accountId")
                .bind(post.about().kind()).to("aboutKind").bind(post.about().id()).to("aboutId")
                .bind(id).to("id").bind(post.kind()).to("kind")
                .bind(post.title().strip()).to("title").bind(post.text().strip()).to("text")
                .bind(post.distinctTopics()).to("topics").bind(post.gathering()).to("gathering")
                .bind(at.atZone(ZoneOffset.UTC)).to("now"), Published.class)
                .one().orElseThrow();
        if (!outcome.mayPost()) {
            throw new ForbiddenException("Providers, facilitators and admins may post on the noticeboard; "
                    + "this account may read and reply.");
        }
        if (!outcome.aboutKnown()) {
            throw new InvalidRequestException("about.id", "there is no " + post.about().kind().toLowerCase(Locale.ROOT)
                    + " with the id " + post.about().id());
        }
        if (!outcome.gatheringKnown()) {
            throw new InvalidRequestException("gathering", "there is no gathering with the id " + post.gathering());
        }
        return outcome.localityCode();
    }
}
