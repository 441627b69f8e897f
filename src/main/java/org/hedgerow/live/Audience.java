package org.hedgerow.live;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.hedgerow.core.Rows;
import org.hedgerow.referral.ReferralStatus;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Who and where a change concerns, read from the graph on the sender thread. */
@Component
class Audience {

    private static final String LOCALITY_AND_ABOVE = """
            MATCH (l:Locality {code: $code})-[:WITHIN*0..]->(up:Locality)
            RETURN DISTINCT up.code
            """;

    private static final String ACTIVITY_LOCALITY = """
            MATCH (a:Activity {id: $id})
            RETURN [(a)-[:HELD_AT]->(:Venue)-[:IN]->(l:Locality) | l.code][0] AS code, a.capacity AS capacity
            """;

    private static final String POST_LOCALITY = """
            MATCH (:Post {id: $id})-[:POSTED_IN]->(l:Locality)
            RETURN l.code AS code LIMIT 1
            """;

    /**
     * Who hears of a referral: whoever made it, the organisers it was sent to, and those of the group that
     * referred it on; and where its activity is held, for the network map. One statement for both.
     */
    private static final String REFERRAL_NEWS = """
            MATCH (r:Referral {id: $id})
            CALL (r) {
                MATCH (r)-[:MADE_BY]->()<-[:ACTS_AS]-(account:Account) RETURN account
                UNION
                MATCH (r)-[:TO]->(:Activity)<-[:RUNS]-(:Group)<-[:ORGANISES]-(:Organiser)<-[:ACTS_AS]-(account:Account)
                RETURN account
                UNION
                MATCH (r)-[:ONWARD_FROM]->(:Referral)-[:TO]->(:Activity)<-[:RUNS]-(:Group)<-[:ORGANISES]-(:Organiser)
                      <-[:ACTS_AS]-(account:Account)
                RETURN account
            }
            WITH r, account WHERE coalesce(account.enabled, true)
            RETURN collect(DISTINCT account.username) AS usernames,
                   [(r)-[:TO]->(:Activity)-[:HELD_AT]->(:Venue)-[:IN]->(l:Locality) | l.code][0] AS localityCode
            """;

    /** Whoever made a referral into the activity that is still open: a link worker, or a provider referring on. */
    private static final String OPEN_REFERRERS = """
            MATCH (:Activity {id: $id})<-[:TO]-(r:Referral) WHERE r.status IN $open
            MATCH (r)-[:MADE_BY]->()<-[:ACTS_AS]-(account:Account) WHERE coalesce(account.enabled, true)
            RETURN DISTINCT account.username
            """;

    private static final String ORGANISER_ACCOUNTS = """
            MATCH (o:Organiser)<-[:ACTS_AS]-(account:Account)
            WHERE o.id IN $ids AND coalesce(account.enabled, true)
            RETURN DISTINCT account.username
            """;

    /**
     * Who hears of a gathering: the facilitators of a place it is held within, whoever convened it, and the
     * organisers of the groups invited to it.
     */
    private static final String GATHERING_PEOPLE = """
            MATCH (g:Gathering {id: $id})
            CALL (g) {
                MATCH (g)-[:HELD_IN]->(:Locality)-[:WITHIN*0..]->(:Locality)<-[:FACILITATES]-(account:Account)
                WHERE account.role = 'FACILITATOR'
                RETURN account
                UNION
                MATCH (g)-[:CONVENED_BY]->(account:Account) RETURN account
                UNION
                MATCH (g)<-[:INVITED_TO]-(:Group)<-[:ORGANISES]-(:Organiser)<-[:ACTS_AS]-(account:Account)
                RETURN account
            }
            WITH account WHERE coalesce(account.enabled, true)
            RETURN DISTINCT account.username
            """;

    private static final String COUNTS = """
            RETURN COUNT { (:Activity) } AS activities, COUNT { (:Group) } AS groups, COUNT { (:Venue) } AS venues,
                   COUNT { (:Organiser) } AS organisers, COUNT { (:Referral) } AS referrals,
                   COUNT { ()-[:KNOWS]->() } AS knows
            """;

    private final Neo4jClient neo4j;

    Audience(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The locality and every locality it lies within, for the {@code /topic/localities.*} topics. */
    @Cacheable(cacheNames = LiveCaches.LOCALITY_AND_ABOVE, condition = "#code != null")
    List<String> localityAndAbove(String code) {
        if (code == null) {
            return List.of();
        }
        return List.copyOf(neo4j.query(LOCALITY_AND_ABOVE).bind(code).to("code").fetchAs(String.class).all());
    }

    /** Where an activity is held and its capacity; both null if there is no such activity. */
    ActivityPlace activityPlace(String activityId) {
        return Rows.fetch(neo4j.query(ACTIVITY_LOCALITY).bind(activityId).to("id"), ActivityPlace.class).one()
                .orElse(new ActivityPlace(null, null));
    }

    /** The code of the locality an activity is held in, and its capacity. */
    record ActivityPlace(String code, Integer capacity) {
    }

    String postLocality(String postId) {
        return neo4j.query(POST_LOCALITY).bind(postId).to("id").fetchAs(String.class).one().orElse(null);
    }

    /** The people a referral concerns and the locality of its activity. */
    ReferralNews referralNews(String referralId) {
        return Rows.fetch(neo4j.query(REFERRAL_NEWS).bind(referralId).to("id"), ReferralNews.class).one()
                .orElse(new ReferralNews(List.of(), null));
    }

    record ReferralNews(List<String> usernames, String localityCode) {
    }

    /** The accounts with an open referral into the activity (SENT, ACCEPTED or ATTENDING). */
    List<String> openReferrers(String activityId) {
        var open = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen).map(Enum::name).toList();
        return List.copyOf(neo4j.query(OPEN_REFERRERS).bind(activityId).to("id").bind(open).to("open")
                .fetchAs(String.class).all());
    }

    List<String> organiserAccounts(Collection<String> organiserIds) {
        return List.copyOf(neo4j.query(ORGANISER_ACCOUNTS).bind(List.copyOf(organiserIds)).to("ids")
                .fetchAs(String.class).all());
    }

    List<String> gatheringPeople(String gatheringId) {
        return List.copyOf(neo4j.query(GATHERING_PEOPLE).bind(gatheringId).to("id").fetchAs(String.class).all());
    }

    /** The network's size, from Neo4j's count store; read at most once a second however busy it gets. */
    @Cacheable(LiveCaches.NETWORK_COUNTS)
    NetworkCounts counts() {
        return Rows.fetch(neo4j.query(COUNTS), NetworkCounts.class).one().orElseThrow();
    }

    record NetworkCounts(long activities, long groups, long venues, long organisers, long referrals, long knows) {
    }
}
