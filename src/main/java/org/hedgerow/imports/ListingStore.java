package org.hedgerow.imports;

import java.util.List;
import java.util.Map;

import org.hedgerow.core.Rows;
import org.hedgerow.imports.MappedService.ActivityFields;
import org.hedgerow.imports.MappedService.GroupFields;
import org.hedgerow.imports.MappedService.VenueFields;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The link between an imported listing and its source: an {@code ImportedListing} per (feed, kind, external id),
 * holding what the feed said at the last import (to tell a Hedgerow edit from a feed change) and whether the real
 * organiser has claimed it, and pointing with {@code LISTS} at the group, venue or activity. Reads the listings'
 * current fields (their owners' labels) but writes only its own nodes.
 */
@Component
class ListingStore {

    private static final String EXISTING = """
            OPTIONAL MATCH (gl:ImportedListing {key: $groupKey})-[:LISTS]->(g:Group)
            OPTIONAL MATCH (vl:ImportedListing {key: $venueKey})-[:LISTS]->(v:Venue)
            OPTIONAL MATCH (al:ImportedListing {key: $activityKey})-[:LISTS]->(a:Activity)
            RETURN CASE WHEN g IS NULL THEN null ELSE {id: g.id, version: coalesce(g.version, 0), imported: gl.imported,
                        claimedBy: gl.claimedBy, fields: g {.name, .description, .website}} END AS group,
                   CASE WHEN v IS NULL THEN null ELSE {id: v.id, version: coalesce(v.version, 0), imported: vl.imported,
                        claimedBy: vl.claimedBy, fields: v {.name, .address, .postcode,
                        latitude: v.location.latitude, longitude: v.location.longitude}} END AS venue,
                   CASE WHEN a IS NULL THEN null ELSE {id: a.id, version: coalesce(a.version, 0), imported: al.imported,
                        claimedBy: al.claimedBy, venueId: [(a)-[:HELD_AT]->(held:Venue) | held.id][0],
                        fields: a {.name, .description, .weekOfMonth, .startTime, .endTime, .costNote, .minimumAge,
                                   .maximumAge, .contact, days: coalesce(a.days, []),
                                   frequency: coalesce(a.frequency, 'WEEKLY'), cost: coalesce(a.cost, 'FREE'),
                                   categories: [(a)-[:IN_CATEGORY]->(c:Category) | c.code],
                                   needs: [(a)-[:SUPPORTS]->(n:Need) | n.code]}} END AS activity
            """;

    private static final String LINK = """
            MERGE (l:ImportedListing {key: $key})
            ON CREATE SET l.feed = $feed, l.kind = $kind, l.externalId = $externalId, l.firstImportedAt = datetime()
            SET l.sourceName = $sourceName, l.sourceUrl = $sourceUrl, l.imported = $imported,
                l.importedAt = datetime(), l.nodeId = $nodeId
            WITH l
            CALL (l) {
                MATCH (g:Group {id: $nodeId}) WHERE $kind = 'GROUP'
                RETURN g AS listed
                UNION
                MATCH (v:Venue {id: $nodeId}) WHERE $kind = 'VENUE'
                RETURN v AS listed
                UNION
                MATCH (a:Activity {id: $nodeId}) WHERE $kind = 'ACTIVITY'
                RETURN a AS listed
            }
            OPTIONAL MATCH (l)-[old:LISTS]->(other) WHERE other <> listed
            DELETE old
            MERGE (l)-[:LISTS]->(listed)
            """;

    private static final String SOURCE = """
            CALL () {
                MATCH (n:Activity {id: $id}) RETURN n
                UNION
                MATCH (n:Group {id: $id}) RETURN n
                UNION
                MATCH (n:Venue {id: $id}) RETURN n
            }
            MATCH (l:ImportedListing)-[:LISTS]->(n)
            RETURN l {.kind, .externalId, .sourceName, .sourceUrl, .claimedBy, importedAt: l.importedAt,
                      listingId: n.id, groupId: CASE WHEN n:Activity THEN [(g:Group)-[:RUNS]->(n) | g.id][0]
                                                     WHEN n:Group THEN n.id END} AS source
            """;

    record ExistingGroup(String id, long version, @Nullable String imported, @Nullable String claimedBy,
                         GroupFields fields) {
    }

    record ExistingVenue(String id, long version, @Nullable String imported, @Nullable String claimedBy,
                         VenueFields fields) {
    }

    record ExistingActivity(String id, long version, @Nullable String imported, @Nullable String claimedBy,
                            @Nullable String venueId, ActivityFields fields) {
    }

    record Existing(@Nullable ExistingGroup group, @Nullable ExistingVenue venue, @Nullable ExistingActivity activity) {
    }

    /** Where an imported listing came from, as its page shows it. */
    record Source(String kind, String externalId, String sourceName, @Nullable String sourceUrl,
                  @Nullable String claimedBy, java.time.@Nullable Instant importedAt, String listingId,
                  @Nullable String groupId) {
    }

    private final Neo4jClient neo4j;

    ListingStore(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    static String key(String feed, String kind, String externalId) {
        return feed + "|" + kind + "|" + externalId;
    }

    Existing existing(String feed, MappedService service) {
        return Rows.fetch(neo4j.query(EXISTING)
                .bind(key(feed, "GROUP", service.organization().externalId())).to("groupKey")
                .bind(key(feed, "VENUE", service.location().externalId())).to("venueKey")
                .bind(key(feed, "ACTIVITY", service.externalId())).to("activityKey"), Existing.class)
                .one().orElseThrow();
    }

    void link(Feed feed, String kind, String externalId, String nodeId, String imported) {
        neo4j.query(LINK).bindAll(Map.of("key", key(feed.key(), kind, externalId), "feed", feed.key(), "kind", kind,
                "externalId", externalId, "nodeId", nodeId, "imported", imported, "sourceName", feed.name()))
                .bind(feed.url()).to("sourceUrl").run();
    }

    List<Source> sourcesOf(String id) {
        return List.copyOf(Rows.fetch(neo4j.query(SOURCE).bind(id).to("id"), "source", Source.class).all());
    }

    /** A feed as listings remember it: its key (base URL, or "file:" and a name), a name people know it by. */
    record Feed(String key, String name, @Nullable String url) {
    }
}
