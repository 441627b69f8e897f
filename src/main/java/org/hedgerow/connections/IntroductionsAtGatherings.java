package org.hedgerow.connections;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions made in person at a gathering, recorded afterwards: the two groups' organisers met there, so
 * the introduction is accepted as it is made, and it and its {@code KNOWS} edge carry the gathering as their
 * context ({@code (:Introduction)-[:MADE_AT]->(:Gathering)}, {@code KNOWS.gatheringId}). The gatherings module
 * decides who may record and which groups attended; this only writes connections' own nodes and edges.
 */
@Component
public class IntroductionsAtGatherings {

    /**
     * The organiser who speaks for group {@code %s}: its lead (a role starting "Lead", as "Lead organiser"), else
     * its longest-serving organiser (ties by id), so the same group always gives the same person.
     */
    private static final String SPEAKER = """
            COLLECT { MATCH (%s)<-[r:ORGANISES]-(o:Organiser)
                      RETURN o ORDER BY CASE WHEN toLower(coalesce(r.role, '')) STARTS WITH 'lead' THEN 0 ELSE 1 END,
                                        r.since, o.id LIMIT 1 }[0]""";

    private static final String RECORD = """
            MATCH (met:Gathering {id: $gathering})
            OPTIONAL MATCH (one:Group {id: $fromGroup})
            OPTIONAL MATCH (other:Group {id: $toGroup})
            WITH met, one, other, %s AS from, %s AS to
            OPTIONAL CALL (met, other, from, to) {
                WITH * WHERE from IS NOT NULL AND to IS NOT NULL AND from <> to
                // Lock both organisers in id order, as asking for an introduction does, before looking for an
                // acquaintance: two recordings of the same pair cannot both make one.
                FOREACH (o IN CASE WHEN from.id < to.id THEN [from, to] ELSE [to, from] END |
                    SET o._lock = true REMOVE o._lock)
                WITH met, other, from, to, EXISTS { (from)-[:KNOWS]-(to) } AS known
                OPTIONAL CALL (met, other, from, to, known) {
                    WITH * WHERE NOT known
                    CREATE (i:Introduction {id: $id, context: $context, status: 'ACCEPTED', requestedAt: $now,
                                            answeredAt: $now, version: 0, gatheringId: met.id})
                    CREATE (i)-[:FROM]->(from)
                    CREATE (i)-[:TO]->(to)
                    CREATE (i)-[:ABOUT]->(other)
                    CREATE (i)-[:MADE_AT]->(met)
                    CREATE (from)-[:KNOWS {context: $context, since: $today, introductionId: $id,
                                           gatheringId: met.id}]->(to)
                    RETURN i
                }
                RETURN known, i
            }
            RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, from = to AS samePerson,
                   coalesce(known, false) AS known, CASE WHEN i IS NULL THEN null ELSE %s END AS introduction
            """.formatted(SPEAKER.formatted("one"), SPEAKER.formatted("other"), Introductions.VIEW);

    private record Recorded(boolean fromFound, boolean toFound, Boolean samePerson, boolean known,
                            IntroductionView introduction) {
    }

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntroductionsAtGatherings(Neo4jClient neo4j, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the organisers of {@code fromGroup} and {@code toGroup} met at gathering {@code gatheringId}
     * (which must exist), in the caller's transaction. {@link IntroductionMade} follows the commit.
     *
     * @param context what they found to do together; becomes the context of their acquaintance
     * @return the accepted introduction
     * @throws InvalidRequestException naming {@code groups} when a group has no organiser
     * @throws ConflictException       when the two organisers already know each other
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IntroductionView record(String gatheringId, String fromGroup, String toGroup, String context) {
        String id = UUID.randomUUID().toString();
        var outcome = Rows.fetch(neo4j.query(RECORD)
                .bind(gatheringId).to("gathering").bind(fromGroup).to("fromGroup").bind(toGroup).to("toGroup")
                .bind(context.strip()).to("context").bind(id).to("id")
                .bind(clock.instant().atZone(ZoneOffset.UTC)).to("now")
                .bind(NetworkZone.today(clock)).to("today"), Recorded.class)
                .one().orElseThrow(() -> new IllegalArgumentException("There is no gathering " + gatheringId));
        if (!outcome.fromFound() || !outcome.toFound()) {
            throw new InvalidRequestException("groups", "group " + (outcome.fromFound() ? toGroup : fromGroup)
                    + " has no organiser to introduce");
        }
        if (Boolean.TRUE.equals(outcome.samePerson())) {
            throw new InvalidRequestException("groups", "one organiser runs both groups: they know each other already");
        }
        if (outcome.known()) {
            throw new ConflictException("Their organisers already know each other; record what they plan instead.");
        }
        var introduction = outcome.introduction();
        events.publishEvent(new IntroductionMade(introduction.id(), introduction.from().id(), introduction.to().id()));
        return introduction;
    }
}
