package org.hedgerow.notifications;

import java.util.List;

import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Who is told of what, read from the graph inside the change's transaction (so the change itself is visible), with
 * the public names a notification carries. Accounts by id; disabled accounts are left out when writing.
 */
@Component
class Recipients {

    private static final String GROUP_ORGANISERS = """
            MATCH (:Group {id: $groupId})<-[:ORGANISES]-(:Organiser)<-[:ACTS_AS]-(account:Account)
            RETURN DISTINCT account.id
            """;

    /** The accounts that made a referral: the link worker's, or the organiser's who referred the person on. */
    private static final String REFERRERS = """
            MATCH (:Referral {id: $referralId})-[:MADE_BY]->()<-[:ACTS_AS]-(account:Account)
            RETURN DISTINCT account.id
            """;

    /**
     * Whoever has an open referral into the activity: the account that made it, and for a referral made onward the
     * organisers of the group that referred the person on.
     */
    private static final String OPEN_REFERRERS = """
            MATCH (:Activity {id: $activityId})<-[:TO]-(r:Referral) WHERE r.status IN ['SENT', 'ACCEPTED', 'ATTENDING']
            CALL (r) {
                MATCH (r)-[:MADE_BY]->()<-[:ACTS_AS]-(account:Account) RETURN account
                UNION
                MATCH (r)-[:ONWARD_FROM]->(:Referral)-[:TO]->(:Activity)<-[:RUNS]-(:Group)<-[:ORGANISES]-(:Organiser)
                      <-[:ACTS_AS]-(account:Account)
                RETURN account
            }
            RETURN DISTINCT account.id
            """;

    private static final String ORGANISER = """
            MATCH (o:Organiser {id: $organiserId})
            RETURN o.name AS name, COLLECT { MATCH (o)<-[:ACTS_AS]-(account:Account) RETURN account.id } AS accountIds
            """;

    /**
     * The post's author (an account, or the accounts acting as the organiser who posted it), but not whoever wrote
     * the reply.
     */
    private static final String POST_AUTHOR = """
            MATCH (p:Post {id: $postId}), (reply:Reply {id: $replyId})
            CALL (p) {
                MATCH (p)-[:POSTED_BY]->(account:Account) RETURN account
                UNION
                MATCH (p)-[:POSTED_BY]->(:Organiser)<-[:ACTS_AS]-(account:Account) RETURN account
            }
            WITH p, reply, account
            WHERE NOT EXISTS { (reply)-[:POSTED_BY]->(account) }
              AND NOT EXISTS { (reply)-[:POSTED_BY]->(:Organiser)<-[:ACTS_AS]-(account) }
            RETURN p.title AS name, collect(DISTINCT account.id) AS accountIds
            """;

    /** The organisers of the groups invited, but not whoever convened it. */
    private static final String INVITED = """
            MATCH (g:Gathering {id: $gatheringId})<-[:INVITED_TO]-(:Group)<-[:ORGANISES]-(:Organiser)
                  <-[:ACTS_AS]-(account:Account)
            WHERE NOT EXISTS { (g)-[:CONVENED_BY]->(account) }
            RETURN g.title AS name, collect(DISTINCT account.id) AS accountIds
            """;

    private static final String ACTIVITY_NAME = "MATCH (a:Activity {id: $activityId}) RETURN a.name";

    /** Some accounts and the public name of what they are told about. */
    record Named(@Nullable String name, List<String> accountIds) {
    }

    private final Neo4jClient neo4j;

    Recipients(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<String> groupOrganisers(String groupId) {
        return ids(neo4j.query(GROUP_ORGANISERS).bind(groupId).to("groupId"));
    }

    List<String> referrers(String referralId) {
        return ids(neo4j.query(REFERRERS).bind(referralId).to("referralId"));
    }

    List<String> openReferrers(String activityId) {
        return ids(neo4j.query(OPEN_REFERRERS).bind(activityId).to("activityId"));
    }

    Named organiser(String organiserId) {
        return named(neo4j.query(ORGANISER).bind(organiserId).to("organiserId"));
    }

    Named postAuthor(String postId, String replyId) {
        return named(neo4j.query(POST_AUTHOR).bind(postId).to("postId").bind(replyId).to("replyId"));
    }

    Named invited(String gatheringId) {
        return named(neo4j.query(INVITED).bind(gatheringId).to("gatheringId"));
    }

    @Nullable String activityName(String activityId) {
        return neo4j.query(ACTIVITY_NAME).bind(activityId).to("activityId").fetchAs(String.class).one().orElse(null);
    }

    private static List<String> ids(Neo4jClient.RunnableSpec query) {
        return List.copyOf(query.fetchAs(String.class).all());
    }

    private static Named named(Neo4jClient.RunnableSpec query) {
        return Rows.fetch(query, Named.class).one().orElse(new Named(null, List.of()));
    }
}
