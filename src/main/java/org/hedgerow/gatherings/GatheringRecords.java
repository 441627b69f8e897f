package org.hedgerow.gatherings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hedgerow.connections.IntroductionsAtGatherings;
import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.hedgerow.noticeboard.PlansFromGatherings;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What came of a gathering, recorded at or after it by its place's facilitators (or an admin): connections between
 * two groups that came, written by {@code connections} as an introduction made there, and plans, written by
 * {@code noticeboard} as posts linked to it. This module only checks the gathering's own rules; the others write
 * their own nodes in the same transaction.
 */
@Component
class GatheringRecords {

    private static final String FIND = """
            OPTIONAL MATCH (g:Gathering {id: $id})
            OPTIONAL MATCH (account:Account {id: $accountId}) WHERE account.enabled
            WITH g, account WHERE %s
            RETURN %s AS mayRecord, g.startsAt AS startsAt,
                   COLLECT { MATCH (grp:Group)-[inv:INVITED_TO]->(g)
                             RETURN {groupId: grp.id, answer: coalesce(inv.answer, 'NONE')} } AS invited,
                   [(g)-[:AT]->(v:Venue) | v.id][0] AS venueId, [(g)-[:HELD_IN]->(l:Locality) | l.id][0] AS localityId
            """.formatted(GatheringRows.MAY_SEE, GatheringRows.MAY_RECORD);

    private record Found(boolean mayRecord, Instant startsAt, List<Invited> invited, String venueId,
                         String localityId) {

        Map<String, String> answers() {
            return invited.stream().collect(Collectors.toMap(Invited::groupId, Invited::answer));
        }
    }

    private record Invited(String groupId, String answer) {
    }

    private final Neo4jClient neo4j;
    private final GatheringQuery query;
    private final IntroductionsAtGatherings introductions;
    private final PlansFromGatherings plans;
    private final Clock clock;

    GatheringRecords(Neo4jClient neo4j, GatheringQuery query, IntroductionsAtGatherings introductions,
                     PlansFromGatherings plans, Clock clock) {
        this.neo4j = neo4j;
        this.query = query;
        this.introductions = introductions;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Two groups that came met and their organisers now know each other. Both must have been invited and not have
     * said no (people come without answering, or after a maybe).
     */
    @Transactional
    GatheringView connect(String gatheringId, String accountId, NewConnection connection) {
        var found = happened(gatheringId, accountId);
        var groups = connection.groups().stream().map(String::strip).toList();
        if (groups.get(0).equals(groups.get(1))) {
            throw new InvalidRequestException("groups", "name two different groups");
        }
        var answers = found.answers();
        for (var group : groups) {
            if (!answers.containsKey(group)) {
                throw new InvalidRequestException("groups", "group " + group + " was not invited to this gathering");
            }
            if (answers.get(group).equals(Answer.NO.name())) {
                throw new InvalidRequestException("groups", "group " + group + " said it would not come");
            }
        }
        introductions.record(gatheringId, groups.get(0), groups.get(1), connection.context());
        return query.one(gatheringId, accountId);
    }

    /** A plan made there goes on the noticeboard, about the gathering's venue or else its place. */
    @Transactional
    GatheringView plan(String gatheringId, String accountId, NewPlan plan) {
        var found = happened(gatheringId, accountId);
        if (found.venueId() != null) {
            plans.publish(accountId, gatheringId, "VENUE", found.venueId(), plan.title(), plan.text());
        }
        else {
            plans.publish(accountId, gatheringId, "LOCALITY", found.localityId(), plan.title(), plan.text());
        }
        return query.one(gatheringId, accountId);
    }

    /** The gathering, if the account may record at it and its day has come. */
    private Found happened(String gatheringId, String accountId) {
        var found = Rows.fetch(neo4j.query(FIND).bind(gatheringId).to("id").bind(accountId).to("accountId"),
                Found.class).one().orElseThrow(() -> new NotFoundException("There is no gathering " + gatheringId + "."));
        if (!found.mayRecord()) {
            throw new ForbiddenException("The facilitators of the gathering's place record what came of it.");
        }
        var day = NetworkZone.dayOf(found.startsAt());
        if (day.isAfter(NetworkZone.today(clock))) {
            throw new ConflictException("The gathering is on " + day + ": record what came of it on the day or after.");
        }
        return found;
    }
}
