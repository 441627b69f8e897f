package org.hedgerow.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Period;
import org.hedgerow.core.Freshness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A place's network health in one statement. The providers of a place are the active groups based within it;
 * isolated ones, brokers, overloaded and stale activities are theirs. Brokers are ranked by referral paths through
 * them (a person referred to the group and then on to another group, in the period), counted in Cypher.
 * Suggestions name whom to introduce or where to send people, chosen in the same statement.
 */
@Component
class NetworkHealthChecks {

    static final int LIST_LIMIT = 50;
    static final int BROKER_LIMIT = 10;
    static final int GREEN_SEARCH_KM = 10;

    static final String HEALTH = Places.ACCESS + Places.LOCALITIES + """
            CALL (localities) {
                UNWIND localities AS l
                MATCH (l)<-[:BASED_IN]-(g:Group) WHERE coalesce(g.status, 'ACTIVE') = 'ACTIVE'
                RETURN collect(g) AS groups
            }
            CALL (groups) {
                UNWIND groups AS g
                WITH g, COUNT { (g)-[:PARTNERS_WITH]-(:Group) }
                        + COUNT { (g)<-[:ORGANISES]-(:Organiser)-[:KNOWS]-(other:Organiser)
                                  WHERE NOT EXISTS { (other)-[:ORGANISES]->(g) } } AS links
                WITH g, links,
                     links = 0
                     AND NOT EXISTS { (g)-[:RUNS]->(:Activity)<-[:TO]-(r:Referral)-[:ONWARD_FROM]->(:Referral)
                                      -[:TO]->(:Activity)<-[:RUNS]-(o:Group)
                                      WHERE o <> g AND r.createdAt >= $from AND r.createdAt < $to }
                     AND NOT EXISTS { (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral)<-[:ONWARD_FROM]-(r:Referral)
                                      -[:TO]->(:Activity)<-[:RUNS]-(o:Group)
                                      WHERE o <> g AND r.createdAt >= $from AND r.createdAt < $to } AS alone
                WITH g, links, alone, COLLECT { MATCH (g)-[:BASED_IN]->(l) RETURN l.code ORDER BY l.code LIMIT 1 }[0] AS home
                ORDER BY links DESC, g.name, g.id
                WITH collect(CASE WHEN links > 0 THEN {group: g, home: home} END) AS connected,
                     collect(CASE WHEN alone THEN {group: g, home: home} END) AS loners
                RETURN connected, loners
            }
            CALL (loners, connected) {
                UNWIND loners AS x
                WITH x ORDER BY x.group.name, x.group.id LIMIT $listLimit
                WITH x.group AS g, x.home AS home,
                     coalesce([c IN connected WHERE c.home = x.home][0], connected[0]) AS partner
                WITH g, home, partner.group AS p, partner.home = home AS near
                RETURN collect({groupId: g.id, name: g.name, localityCode: home,
                        organiser: COLLECT { MATCH (g)<-[o:ORGANISES]-(who) RETURN who.name ORDER BY CASE WHEN o.role STARTS WITH 'Lead' THEN 0 ELSE 1 END, o.since, who.name LIMIT 1 }[0],
                        partnerName: p.name,
                        partnerOrganiser: COLLECT { MATCH (p)<-[o:ORGANISES]-(who) RETURN who.name ORDER BY CASE WHEN o.role STARTS WITH 'Lead' THEN 0 ELSE 1 END, o.since, who.name LIMIT 1 }[0],
                        partnerLocality: COLLECT { MATCH (p)-[:BASED_IN]->(l) RETURN l.name ORDER BY l.name LIMIT 1 }[0],
                        near: near}) AS isolated
            }
            CALL (groups) {
                UNWIND groups AS g
                MATCH (g)-[:RUNS]->(:Activity)<-[:TO]-(:Referral)<-[:ONWARD_FROM]-(r:Referral)
                      -[:TO]->(:Activity)<-[:RUNS]-(o:Group)
                WHERE o <> g AND r.createdAt >= $from AND r.createdAt < $to
                WITH g, count(r) AS paths, count(DISTINCT o) AS onwardTo
                ORDER BY paths DESC, g.name, g.id
                WITH collect({group: g, paths: paths, onwardTo: onwardTo}) AS found
                RETURN size(found) AS brokerCount, found[..$brokerLimit] AS brokerTop
            }
            CALL (brokerTop) {
                UNWIND brokerTop AS x
                WITH x.group AS g, x.paths AS paths, x.onwardTo AS onwardTo ORDER BY paths DESC, g.name, g.id
                RETURN collect({groupId: g.id, name: g.name, paths: paths, onwardTo: onwardTo,
                        localityCode: COLLECT { MATCH (g)-[:BASED_IN]->(l) RETURN l.code ORDER BY l.code LIMIT 1 }[0]})
                       AS brokers
            }
            CALL (groups) {
                UNWIND groups AS g
                MATCH (g)-[:RUNS]->(a:Activity)
                WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND a.capacity IS NOT NULL
                WITH g, a, COUNT { (a)<-[:TO]-(r:Referral) WHERE r.createdAt >= $from AND r.createdAt < $to } AS referrals
                WHERE referrals > a.capacity
                WITH g, a, referrals
                ORDER BY toFloat(referrals) / CASE WHEN a.capacity < 1 THEN 1 ELSE a.capacity END DESC, a.name, a.id
                WITH collect({group: g, activity: a, referrals: referrals}) AS found
                RETURN size(found) AS overloadedCount, found[..$listLimit] AS overloadedTop
            }
            CALL (overloadedTop) {
                UNWIND overloadedTop AS x
                WITH x.group AS g, x.activity AS a, x.referrals AS referrals
                OPTIONAL CALL (g, a) {
                    MATCH (g)-[:BASED_IN]->(home:Locality)
                    WITH a, home, [(a)-[:IN_CATEGORY]->(c:Category) | c] AS categories
                    MATCH (home)<-[:BASED_IN]-(:Group)-[:RUNS]->(alt:Activity)
                    WHERE alt <> a AND coalesce(alt.status, 'ACTIVE') = 'ACTIVE'
                      AND (alt.spacesLeft IS NULL OR alt.spacesLeft > 0)
                      AND EXISTS { (alt)-[:IN_CATEGORY]->(c:Category) WHERE c IN categories }
                    RETURN alt ORDER BY coalesce(alt.spacesLeft, 0) DESC, alt.name, alt.id LIMIT 1
                }
                WITH g, a, referrals, alt
                ORDER BY toFloat(referrals) / CASE WHEN a.capacity < 1 THEN 1 ELSE a.capacity END DESC, a.name, a.id
                RETURN collect({activityId: a.id, name: a.name, groupId: g.id, groupName: g.name, referrals: referrals,
                                capacity: a.capacity, alternative: alt.name,
                                alternativeGroup: [(alt)<-[:RUNS]-(ag:Group) | ag.name][0]}) AS overloaded
            }
            CALL (groups) {
                UNWIND groups AS g
                MATCH (g)-[:RUNS]->(a:Activity)
                WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND (a.updatedAt IS NULL OR a.updatedAt < $staleBefore)
                WITH g, a ORDER BY a.updatedAt IS NOT NULL, a.updatedAt, a.name, a.id
                WITH collect({group: g, activity: a}) AS found
                RETURN size(found) AS staleCount, found[..$listLimit] AS staleTop
            }
            CALL (staleTop) {
                UNWIND staleTop AS x
                WITH x.group AS g, x.activity AS a ORDER BY a.updatedAt IS NOT NULL, a.updatedAt, a.name, a.id
                RETURN collect({activityId: a.id, name: a.name, groupId: g.id, updatedAt: a.updatedAt,
                        organiser: COLLECT { MATCH (g)<-[o:ORGANISES]-(who) RETURN who.name ORDER BY CASE WHEN o.role STARTS WITH 'Lead' THEN 0 ELSE 1 END, o.since, who.name LIMIT 1 }[0]})
                       AS stale
            }
            CALL (localities) {
                UNWIND localities AS l
                CALL (l) {
            %s
                }
                WITH l, a WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                            AND EXISTS { (a)-[:IN_CATEGORY]->(:Category {green: true}) }
                RETURN collect(DISTINCT l) AS greenHere
            }
            CALL (localities, greenHere) {
                UNWIND localities AS l
                WITH l, greenHere WHERE NOT EXISTS { (l)<-[:WITHIN*0..]-(x:Locality) WHERE x IN greenHere }
                WITH l ORDER BY l.name, l.code
                WITH collect(l) AS found
                RETURN size(found) AS noGreenCount, found[..$listLimit] AS noGreenTop
            }
            CALL (noGreenTop) {
                UNWIND noGreenTop AS l
                OPTIONAL CALL (l) {
                    MATCH (v:Venue) WHERE point.distance(v.location, l.centre) <= $greenSearchMetres
                    MATCH (v)<-[:HELD_AT]-(a:Activity)-[:IN_CATEGORY]->(:Category {green: true})
                    WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE'
                    MATCH (a)<-[:RUNS]-(g:Group)
                    WITH a, g, point.distance(v.location, l.centre) AS metres ORDER BY metres, a.name LIMIT 1
                    RETURN a.name AS nearActivity, g.name AS nearGroup, metres AS nearMetres
                }
                WITH l, nearActivity, nearGroup, nearMetres ORDER BY l.name, l.code
                RETURN collect({localityCode: l.code, name: l.name, nearActivity: nearActivity, nearGroup: nearGroup,
                                nearMetres: nearMetres}) AS noGreen
            }
            RETURN place IS NOT NULL AS exists, maySee, place {.code, .name} AS place,
                   isolated, brokers, overloaded, stale, noGreen,
                   {isolated: size(loners), brokers: brokerCount, overloaded: overloadedCount, stale: staleCount,
                    noGreen: noGreenCount} AS counts
            """.formatted(Places.ACTIVITIES_IN_LOCALITY.indent(8));

    /** What the statement returns: each finding with the names its suggestion is made from, and the counts. */
    record Found(boolean exists, boolean maySee, GapMap.Place place, List<Alone> isolated, List<Through> brokers,
                 List<Full> overloaded, List<Old> stale, List<NotGreen> noGreen, NetworkHealth.Counts counts)
            implements Places.Row {
    }

    /** @param near whether {@code partnerName} is based in the same locality */
    record Alone(String groupId, String name, String localityCode, String organiser, String partnerName,
                 String partnerOrganiser, String partnerLocality, boolean near) {
    }

    record Through(String groupId, String name, String localityCode, Count paths, long onwardTo) {
    }

    /** @param alternative a similar activity nearby with spaces, run by {@code alternativeGroup} */
    record Full(String activityId, String name, String groupId, String groupName, Count referrals, long capacity,
                String alternative, String alternativeGroup) {
    }

    record Old(String activityId, String name, String groupId, Instant updatedAt, String organiser) {
    }

    record NotGreen(String localityCode, String name, String nearActivity, String nearGroup, Double nearMetres) {
    }

    private final Places places;
    private final Clock clock;

    NetworkHealthChecks(Places places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    NetworkHealth of(String place, Period period, String accountId) {
        var found = places.read(HEALTH, place, period, accountId,
                Map.of("staleBefore", Freshness.staleBefore(clock).atZone(ZoneOffset.UTC), "listLimit", LIST_LIMIT,
                        "brokerLimit", BROKER_LIMIT, "greenSearchMetres", GREEN_SEARCH_KM * 1000.0), Found.class);
        String months = period.from().equals(period.to().minusMonths(12).plusDays(1)) ? "in the last 12 months"
                : "from " + period.from() + " to " + period.to();
        return new NetworkHealth(found.place(), period.from(), period.to(),
                found.isolated().stream().map(x -> isolated(x, months)).toList(),
                found.brokers().stream().map(NetworkHealthChecks::broker).toList(),
                found.overloaded().stream().map(x -> overloaded(x, months)).toList(),
                found.stale().stream().map(NetworkHealthChecks::stale).toList(),
                found.noGreen().stream().map(NetworkHealthChecks::noGreen).toList(),
                found.counts());
    }

    private static NetworkHealth.Isolated isolated(Alone x, String months) {
        String who = orGroup(x.organiser(), x.name());
        String partner = x.partnerName();
        String suggestion;
        if (partner == null) {
            suggestion = "Invite " + who + " to the next network meeting: nobody in this place is connected yet.";
        }
        else {
            String partnerWho = x.partnerOrganiser();
            suggestion = "Introduce " + who + " (" + x.name() + ") to " + (partnerWho == null ? partner
                    : partnerWho + " (" + partner + ")") + ", well connected "
                    + (x.near() ? "in the same locality" : "in " + x.partnerLocality()) + ".";
        }
        return new NetworkHealth.Isolated(x.groupId(), x.name(), x.localityCode(),
                "No partnerships, no referrals to or from other groups " + months
                        + ", and its organisers know nobody outside the group.", suggestion);
    }

    private static NetworkHealth.Broker broker(Through x) {
        long onwardTo = x.onwardTo();
        return new NetworkHealth.Broker(x.groupId(), x.name(), x.localityCode(), x.paths(), onwardTo,
                x.name() + " passes people on to " + onwardTo + (onwardTo == 1 ? " other group" : " other groups")
                        + " (" + x.paths().inWords("referral path", "referral paths") + "): ask them to introduce "
                        + "isolated providers nearby, and make sure these pathways do not depend on them alone.");
    }

    private static NetworkHealth.Overloaded overloaded(Full x, String months) {
        String suggestion = x.referrals().inWords("referral", "referrals") + " " + months + " for " + x.capacity()
                + " places: ask " + x.groupName() + " whether " + x.name() + " could add a session"
                + (x.alternative() == null ? ", and look for a similar activity nearby to share the demand."
                        : ", or point new referrals to " + x.alternative() + " (" + x.alternativeGroup()
                          + "), which has spaces.");
        return new NetworkHealth.Overloaded(x.activityId(), x.name(), x.groupId(), x.referrals(), x.capacity(),
                suggestion);
    }

    private static NetworkHealth.Stale stale(Old x) {
        var updatedAt = x.updatedAt();
        String who = x.organiser();
        return new NetworkHealth.Stale(x.activityId(), x.name(), x.groupId(), updatedAt,
                "Ask " + (who == null ? "the group" : who) + " to confirm or update " + x.name()
                        + (updatedAt == null ? "; it has never been confirmed."
                                : "; not updated since " + NetworkZone.dayOf(updatedAt) + "."));
    }

    private static NetworkHealth.NoGreen noGreen(NotGreen x) {
        String suggestion = x.nearGroup() == null
                ? "No green activity within " + GREEN_SEARCH_KM + " km: look for a walking, gardening or conservation "
                  + "group to start one in " + x.name() + "."
                : "Ask " + x.nearGroup() + " (" + x.nearActivity() + ", "
                  + String.format(Locale.ROOT, "%.1f", x.nearMetres() / 1000) + " km away) about running a session in "
                  + x.name() + ".";
        return new NetworkHealth.NoGreen(x.localityCode(), x.name(), suggestion);
    }

    private static String orGroup(String organiser, String group) {
        return organiser == null ? "the organisers of " + group : organiser;
    }
}
