package org.hedgerow.connections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.hedgerow.connections.Collaborator.Link;
import org.hedgerow.connections.Collaborator.Reason;
import org.hedgerow.connections.Collaborator.Step;
import org.hedgerow.connections.Collaborator.StepKind;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests groups for a group to work with. One Cypher statement finds the candidates of every
 * {@link ReasonKind}, each kind bounded to its best few, so the cost depends on the group's neighbourhood
 * and not on the size of the network; the ranking (weights summed, see {@link ReasonKind}) is done here.
 * Excluded: the group itself, groups it already partners with (either way round) and groups that are
 * not active. Referrals are only ever counted.
 */
@Component
class CollaboratorSuggestions {

    private static final String CANDIDATES = """
            OPTIONAL MATCH (g:Group {id: $id})
            // Never the group itself nor its partners (either way round). Listed once: the group may be a dense
            // node, and checking the partnership per candidate row would cost more than the rest.
            WITH g, COLLECT { MATCH (g)-[:PARTNERS_WITH]-(partner:Group) RETURN partner } + [g] AS excluded
            OPTIONAL CALL (g, excluded) {
                // Organisers within two KNOWS hops, either way round; only the shortest chain to each group.
                CALL (g) {
                    MATCH (g)<-[:ORGANISES]-(a:Organiser)-[k:KNOWS]-(b:Organiser)-[:ORGANISES]->(other:Group)
                    RETURN other, [a, b] AS people, [startNode(k) = a] AS forward
                    UNION
                    MATCH (g)<-[:ORGANISES]-(a:Organiser)-[k1:KNOWS]-(b:Organiser)
                    WITH a, k1, b LIMIT $acquaintanceLimit
                    MATCH (b)-[k2:KNOWS]-(c:Organiser)-[:ORGANISES]->(other:Group)
                    WHERE c <> a
                    RETURN other, [a, b, c] AS people, [startNode(k1) = a, startNode(k2) = b] AS forward
                }
                WITH g, excluded, other, people, forward
                WHERE NOT other IN excluded AND other.status = 'ACTIVE'
                WITH g, other, people, forward ORDER BY size(people), [p IN people | p.name]
                WITH g, other, collect({people: people, forward: forward})[0] AS chain
                ORDER BY size(chain.people), other.name
                LIMIT $perReason
                RETURN other, {
                    kind: CASE size(chain.people) WHEN 2 THEN 'ORGANISERS_KNOW_EACH_OTHER'
                          ELSE 'ORGANISERS_KNOW_SOMEONE_IN_COMMON' END,
                    count: 1,
                    steps: [{kind: 'GROUP', id: g.id, name: g.name}]
                           + [p IN chain.people | {kind: 'ORGANISER', id: p.id, name: p.name}]
                           + [{kind: 'GROUP', id: other.id, name: other.name}],
                    relationships: [{type: 'ORGANISES', forward: false}]
                           + [f IN chain.forward | {type: 'KNOWS', forward: f}]
                           + [{type: 'ORGANISES', forward: true}]
                } AS reason

                UNION ALL
                // Referrals the group's organisers made to the other's activities: a count, nothing more.
                MATCH (g)<-[:ORGANISES]-(:Organiser)<-[:MADE_BY]-(r:Referral)-[:TO]->(:Activity)<-[:RUNS]-(other:Group)
                WITH g, excluded, other, count(DISTINCT r) AS referrals
                WHERE NOT other IN excluded AND other.status = 'ACTIVE'
                ORDER BY referrals DESC, other.name
                LIMIT $perReason
                RETURN other, {
                    kind: 'REFERRALS_SENT', count: referrals,
                    steps: [{kind: 'GROUP', id: g.id, name: g.name}, {kind: 'GROUP', id: other.id, name: other.name}],
                    relationships: [{type: 'REFERRED_TO', forward: true}]
                } AS reason

                UNION ALL
                // Venues where both hold active activities: so many of the group's venues, and so many
                // activities at each, at most (any of ours and theirs will do to show the path).
                MATCH (g)-[:RUNS]->(mine:Activity {status: 'ACTIVE'})-[:HELD_AT]->(v:Venue)
                WITH g, excluded, v, collect(mine)[0] AS mine
                LIMIT $venueLimit
                CALL (excluded, v) {
                    MATCH (v)<-[:HELD_AT]-(theirs:Activity)<-[:RUNS]-(other:Group)
                    WHERE NOT other IN excluded
                    WITH theirs, other LIMIT $perVenueLimit
                    WITH theirs, other WHERE theirs.status = 'ACTIVE' AND other.status = 'ACTIVE'
                    RETURN other, collect(theirs)[0] AS theirs
                }
                WITH g, v, mine, other, theirs ORDER BY v.name
                WITH g, other, collect({venue: v, mine: mine, theirs: theirs}) AS shared
                ORDER BY size(shared) DESC, other.name
                LIMIT $perReason
                WITH g, other, size(shared) AS venues, shared[0] AS first
                RETURN other, {
                    kind: 'SHARED_VENUE', count: venues,
                    steps: [{kind: 'GROUP', id: g.id, name: g.name},
                            {kind: 'ACTIVITY', id: first.mine.id, name: first.mine.name},
                            {kind: 'VENUE', id: first.venue.id, name: first.venue.name},
                            {kind: 'ACTIVITY', id: first.theirs.id, name: first.theirs.name},
                            {kind: 'GROUP', id: other.id, name: other.name}],
                    relationships: [{type: 'RUNS', forward: true}, {type: 'HELD_AT', forward: true},
                                    {type: 'HELD_AT', forward: false}, {type: 'RUNS', forward: false}]
                } AS reason

                UNION ALL
                // Groups in the same locality that run categories the group does not.
                MATCH (g)-[:BASED_IN]->(l:Locality)
                WITH g, excluded, l, COLLECT {
                    MATCH (g)-[:RUNS]->(:Activity {status: 'ACTIVE'})-[:IN_CATEGORY]->(c:Category) RETURN DISTINCT c
                } AS offered
                MATCH (l)<-[:BASED_IN]-(other:Group)
                WHERE NOT other IN excluded AND other.status = 'ACTIVE'
                WITH g, l, offered, other ORDER BY other.name
                LIMIT $neighbourLimit
                MATCH (other)-[:RUNS]->(theirs:Activity {status: 'ACTIVE'})-[:IN_CATEGORY]->(c:Category)
                WHERE NOT c IN offered
                WITH g, l, other, c, theirs ORDER BY theirs.name
                WITH g, l, other, c, collect(theirs)[0] AS theirs
                ORDER BY c.name
                WITH g, l, other, collect({category: c, activity: theirs}) AS added
                ORDER BY size(added) DESC, other.name
                LIMIT $perReason
                WITH g, l, other, added, added[0] AS first
                RETURN other, {
                    kind: 'SAME_LOCALITY_NEW_CATEGORIES', count: size(added),
                    categories: [x IN added | x.category.name],
                    steps: [{kind: 'GROUP', id: g.id, name: g.name},
                            {kind: 'LOCALITY', id: l.id, name: l.name},
                            {kind: 'GROUP', id: other.id, name: other.name},
                            {kind: 'ACTIVITY', id: first.activity.id, name: first.activity.name},
                            {kind: 'CATEGORY', id: first.category.code, name: first.category.name}],
                    relationships: [{type: 'BASED_IN', forward: true}, {type: 'BASED_IN', forward: false},
                                    {type: 'RUNS', forward: true}, {type: 'IN_CATEGORY', forward: true}]
                } AS reason
            }
            RETURN g IS NOT NULL AS found,
                   other {.id, .name, locality: [(other)-[:BASED_IN]->(l:Locality) | l.name][0]} AS other,
                   reason
            """;

    /**
     * How many of the group's venues are looked at, how many activities at each, how many groups of its
     * locality and how many of its organisers' acquaintances for a second hop: what keeps a big provider's
     * answer fast (the biggest synthetic one runs 400 activities at 16 venues that hold 2,000).
     */
    private static final int VENUE_LIMIT = 50;
    private static final int PER_VENUE_LIMIT = 300;
    private static final int NEIGHBOUR_LIMIT = 200;
    private static final int ACQUAINTANCE_LIMIT = 200;

    private final Neo4jClient neo4j;

    CollaboratorSuggestions(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Up to {@code limit} groups to work with, best first. Each reason kind contributes at most
     * {@code 3 × limit} candidates (its strongest), which bounds the work and leaves room for merging.
     */
    @Transactional(readOnly = true)
    List<Collaborator> suggest(String groupId, int limit) {
        var query = neo4j.query(CANDIDATES)
                .bind(groupId).to("id")
                .bind(3 * limit).to("perReason")
                .bind(VENUE_LIMIT).to("venueLimit")
                .bind(PER_VENUE_LIMIT).to("perVenueLimit")
                .bind(NEIGHBOUR_LIMIT).to("neighbourLimit")
                .bind(ACQUAINTANCE_LIMIT).to("acquaintanceLimit")
;
        var rows = Rows.fetch(query, Candidate.class).all();
        if (rows.stream().noneMatch(Candidate::found)) {
            throw new NotFoundException("There is no group " + groupId + ".");
        }
        var byGroup = new LinkedHashMap<String, List<Candidate>>();
        rows.stream().filter(row -> row.other() != null)
                .forEach(row -> byGroup.computeIfAbsent(row.other().id(), id -> new ArrayList<>()).add(row));
        return byGroup.values().stream()
                .map(CollaboratorSuggestions::collaborator)
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
    }

    /** Highest score first; on a tie, more of the strongest reason (more referrals, more venues); then by name. */
    static final Comparator<Collaborator> BEST_FIRST = Comparator.comparingInt(Collaborator::score).reversed()
            .thenComparing(CollaboratorSuggestions::countsStrongestFirst, Comparator.reverseOrder())
            .thenComparing(collaborator -> collaborator.group().name());

    private static Counts countsStrongestFirst(Collaborator collaborator) {
        var counts = new long[ReasonKind.values().length];
        collaborator.reasons().forEach(reason -> counts[reason.kind().ordinal()] = reason.count());
        return new Counts(counts);
    }

    private record Counts(long[] byKind) implements Comparable<Counts> {
        @Override
        public int compareTo(Counts other) {
            return java.util.Arrays.compare(byKind, other.byKind);
        }
    }

    private static Collaborator collaborator(List<Candidate> rows) {
        var other = rows.getFirst().other();
        var reasons = rows.stream().map(row -> row.reason().reason())
                .sorted(Comparator.comparingInt(Reason::weight).reversed())
                .toList();
        int score = reasons.stream().mapToInt(Reason::weight).sum();
        return new Collaborator(new Step(StepKind.GROUP, other.id(), other.name()), other.locality(), score, reasons);
    }

    /** One candidate group and one reason to suggest it; the statement's {@code other} is null when none. */
    private record Candidate(boolean found, Other other, Found reason) {
    }

    private record Other(String id, String name, String locality) {
    }

    /** A reason as the statement finds it; its weight and sentence are worked out here. */
    private record Found(ReasonKind kind, long count, List<Step> steps, List<Link> relationships,
                         List<String> categories) {

        Found {
            categories = categories == null ? List.of() : categories;
        }

        Reason reason() {
            return new Reason(kind, kind.weight(), Sentences.of(kind, steps, count, categories), steps, relationships,
                    count);
        }
    }

    /** The sentence a person reads for a reason, from the names along its path. */
    static final class Sentences {

        private Sentences() {
        }

        static String of(ReasonKind kind, List<Step> steps, long count, List<String> categories) {
            String other = steps.getLast().name();
            return switch (kind) {
                case ORGANISERS_KNOW_EACH_OTHER -> "%s knows %s, who runs %s".formatted(
                        steps.get(1).name(), steps.get(2).name(), other);
                case ORGANISERS_KNOW_SOMEONE_IN_COMMON -> "%s knows %s, who knows %s, who runs %s".formatted(
                        steps.get(1).name(), steps.get(2).name(), steps.get(3).name(), other);
                case REFERRALS_SENT -> "%d of your referrals went to %s".formatted(count, other);
                case SHARED_VENUE -> "Both meet at " + steps.get(2).name() + (count == 1 ? ""
                        : ", and at %d other %s".formatted(count - 1, count == 2 ? "venue" : "venues"));
                case SAME_LOCALITY_NEW_CATEGORIES -> "Also in %s, and runs %s, which you don't".formatted(
                        steps.get(1).name(), inWords(categories));
            };
        }

        /** "Music", "Music and Arts", "Music, Arts and Walking", "Music, Arts, Walking and 2 more". */
        private static String inWords(List<String> names) {
            if (names.size() == 1) {
                return names.getFirst();
            }
            if (names.size() > 3) {
                return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        }
    }
}
