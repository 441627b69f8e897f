package org.hedgerow.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the organisers of listings nobody has checked for months, in stages ({@link ReminderStage}): once per
 * stage for each time the listing was last checked, and for a listing found late only the furthest stage it has
 * reached. Confirming the listing ("still right") or changing it starts it afresh.
 */
@Component
class Reminders {

    private static final String DUE = """
            MATCH (g:Group)-[:RUNS]->(a:Activity)
            WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND a.updatedAt < $firstBefore
            WITH g, a, [s IN $stages WHERE a.updatedAt < s.before | s.name][-1] AS stage
            WHERE NOT EXISTS {
                MATCH (n:Notification {activityId: a.id, kind: 'LISTING_REMINDER', stage: stage})
                WHERE n.listingCheckedAt.epochMillis = a.updatedAt.epochMillis
            }
            RETURN a.id AS activityId, a.name AS activityName, stage, a.updatedAt AS checkedAt,
                   COLLECT { MATCH (g)<-[:ORGANISES]-(:Organiser)<-[:ACTS_AS]-(account:Account)
                             RETURN DISTINCT account.id } AS accountIds
            """;

    record Due(String activityId, String activityName, ReminderStage stage, Instant checkedAt,
               List<String> accountIds) {
    }

    private final Neo4jClient neo4j;
    private final Outbox outbox;

    Reminders(Neo4jClient neo4j, Outbox outbox) {
        this.neo4j = neo4j;
        this.outbox = outbox;
    }

    /** Writes the reminders due at {@code now}; how many listings were reminded of. */
    @Transactional
    int remind(Instant now) {
        var stages = Arrays.stream(ReminderStage.values()).map(stage -> Map.<String, Object>of("name", stage.name(),
                "before", now.atOffset(ZoneOffset.UTC).minusMonths(stage.months()).toZonedDateTime())).toList();
        var due = Rows.fetch(neo4j.query(DUE).bind(stages).to("stages").bind(stages.getFirst().get("before"))
                .to("firstBefore"), Due.class).all();
        for (var listing : due) {
            outbox.tell(listing.accountIds(), new Told(NotificationKind.LISTING_REMINDER, listing.activityId(),
                    listing.activityName(), null, null, null, "/provider/activities/" + listing.activityId(),
                    listing.stage(), listing.checkedAt()));
        }
        return due.size();
    }
}
