package org.hedgerow.gatherings;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a gathering and answering an invitation, each one statement that decides who may, checks what it was
 * given and writes only when nothing stands in the way, returning what it found so a refusal can say why.
 */
@Component
class Gatherings {

    private static final String CONVENE = """
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            OPTIONAL MATCH (venue:Venue {id: $venue})
            OPTIONAL MATCH (named:Locality {code: $locality})
            WITH account, venue, named, CASE
                   WHEN $locality IS NOT NULL THEN named
                   WHEN venue IS NOT NULL THEN [(venue)-[:IN]->(l:Locality) | l][0]
                   ELSE [(account)-[:FACILITATES]->(l:Locality) | l][0]
                 END AS place
            WITH account, venue, named, place,
                 [groupId IN $groups WHERE NOT EXISTS { MATCH (known:Group {id: groupId}) }] AS unknownGroups,
                 place IS NOT NULL AND account IS NOT NULL AND (account.role = 'ADMIN'
                     OR (account.role = 'FACILITATOR'
                         AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(place) })) AS mayConvene
            OPTIONAL CALL (account, venue, place, unknownGroups, mayConvene) {
                WITH * WHERE mayConvene AND size(unknownGroups) = 0 AND ($venue IS NULL OR venue IS NOT NULL)
                CREATE (g:Gathering {id: $id, title: $title, startsAt: $startsAt, place: $placeText,
                                     createdAt: $now, version: 0})
                CREATE (g)-[:HELD_IN]->(place)
                CREATE (g)-[:CONVENED_BY]->(account)
                FOREACH (v IN CASE WHEN venue IS NULL THEN [] ELSE [venue] END | CREATE (g)-[:AT]->(v))
                WITH g
                UNWIND $groups AS groupId
                MATCH (invited:Group {id: groupId})
                CREATE (invited)-[:INVITED_TO]->(g)
                RETURN count(*) AS invitations
            }
            RETURN account IS NOT NULL AS signedIn, venue IS NOT NULL AS venueFound,
                   $locality IS NULL OR named IS NOT NULL AS localityFound, place.code AS localityCode,
                   mayConvene, unknownGroups, coalesce(invitations, 0) AS invitations
            """;

    /**
     * The caller answers for one of their groups invited to {@code g}: the one named, or the only one. The
     * gathering is write-locked before its version is compared, so of two answers from one version one wins.
     */
    private static final String ANSWER = """
            OPTIONAL MATCH (g:Gathering {id: $id})
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            WITH g, account, %s AS maySee,
                 CASE WHEN g IS NULL OR account IS NULL THEN []
                      ELSE COLLECT { MATCH (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(mine:Group)-[:INVITED_TO]->(g)
                                     RETURN DISTINCT mine.id AS groupId ORDER BY groupId } END AS yours
            WITH g, account, maySee, yours,
                 CASE WHEN $group IS NOT NULL THEN CASE WHEN $group IN yours THEN $group END
                      WHEN size(yours) = 1 THEN yours[0] END AS answering
            OPTIONAL CALL (g, answering) {
                WITH g, answering WHERE answering IS NOT NULL
                SET g._lock = true
                REMOVE g._lock
                WITH g, answering WHERE g.version = $version
                MATCH (:Group {id: answering})-[inv:INVITED_TO]->(g)
                SET inv.answer = $answer, inv.answeredAt = $now
                SET g.version = g.version + 1
                RETURN g.version AS newVersion
            }
            RETURN g IS NOT NULL AS found, maySee, yours, answering, newVersion
            """.formatted(GatheringRows.MAY_SEE);

    private record Convened(boolean signedIn, boolean venueFound, boolean localityFound, String localityCode,
                            boolean mayConvene, List<String> unknownGroups, long invitations) {
    }

    private record Answered(boolean found, boolean maySee, List<String> yours, String answering, Long newVersion) {
    }

    private final Neo4jClient neo4j;
    private final GatheringQuery query;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Gatherings(Neo4jClient neo4j, GatheringQuery query, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.query = query;
        this.events = events;
        this.clock = clock;
    }

    /** Convenes a gathering as a facilitator (within their place) or an admin; {@link GatheringConvened} follows. */
    @Transactional
    GatheringView convene(String accountId, NewGathering gathering) {
        var errors = new LinkedHashMap<String, String>();
        if (!gathering.startsAt().isAfter(clock.instant())) {
            errors.put("startsAt", "must be in the future: a gathering is convened before it happens");
        }
        String venue = blankToNull(gathering.venue());
        String place = blankToNull(gathering.place());
        if (venue == null && place == null) {
            errors.put("place", "say where: a venue of the directory, or a place in words");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String id = UUID.randomUUID().toString();
        var groups = gathering.distinctGroups();
        var outcome = Rows.fetch(neo4j.query(CONVENE)
                .bind(accountId).to("accountId").bind(venue).to("venue")
                .bind(blankToNull(gathering.locality())).to("locality").bind(groups).to("groups")
                .bind(id).to("id").bind(gathering.title().strip()).to("title")
                .bind(gathering.startsAt().atZone(ZoneOffset.UTC)).to("startsAt").bind(place).to("placeText")
                .bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), Convened.class).one().orElseThrow();
        if (!outcome.venueFound() && venue != null) {
            errors.put("venue", "there is no venue with the id " + venue);
        }
        if (!outcome.localityFound()) {
            errors.put("locality", "there is no locality with the code " + gathering.locality());
        }
        if (!outcome.unknownGroups().isEmpty()) {
            errors.put("groups", "not groups of the network: " + String.join(", ", outcome.unknownGroups()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!outcome.mayConvene()) {
            throw new ForbiddenException(outcome.localityCode() == null
                    ? "Say which place the gathering is for (locality)."
                    : "Facilitators convene gatherings within the place they facilitate; " + outcome.localityCode()
                    + " is outside yours.");
        }
        events.publishEvent(new GatheringConvened(id, outcome.localityCode(), groups));
        return query.one(id, accountId);
    }

    /** An organiser of an invited group answers for it; {@link GatheringAnswered} follows the commit. */
    @Transactional
    GatheringView answer(String gatheringId, String accountId, AnswerRequest answer) {
        String group = blankToNull(answer.group());
        var outcome = Rows.fetch(neo4j.query(ANSWER)
                .bind(gatheringId).to("id").bind(accountId).to("accountId").bind(group).to("group")
                .bind(answer.version()).to("version").bind(answer.answer().name()).to("answer")
                .bind(clock.instant().atZone(ZoneOffset.UTC)).to("now"), Answered.class).one().orElseThrow();
        if (!outcome.found()) {
            throw new NotFoundException("There is no gathering " + gatheringId + ".");
        }
        if (outcome.yours().isEmpty()) {
            throw new ForbiddenException("None of your groups was invited to this gathering, so there is nothing "
                    + "to answer.");
        }
        if (outcome.answering() == null) {
            if (group != null) {
                throw new ForbiddenException("Group " + group + " is not one of your groups invited to this "
                        + "gathering; yours are " + String.join(", ", outcome.yours()) + ".");
            }
            throw new InvalidRequestException("group", "say which of your invited groups answers: "
                    + String.join(", ", outcome.yours()));
        }
        if (outcome.newVersion() == null) {
            throw new ConflictException("The gathering changed since version " + answer.version()
                    + "; reload it and answer again.");
        }
        events.publishEvent(new GatheringAnswered(gatheringId, outcome.answering(), answer.answer(),
                outcome.newVersion()));
        return query.one(gatheringId, accountId);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
