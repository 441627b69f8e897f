package org.hedgerow.places;

import java.util.List;

import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.LocalityInUse;
import org.hedgerow.core.MayChange;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.hedgerow.core.Showing;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Venues: listed (by locality, at any depth), added, changed, archived once nothing active meets there. */
@Component
public class Venues {

    /** Its keys are {@link VenueView}'s components. */
    private static final String PROJECTION = """
            v {.id, .name, .address, .postcode, accessibility: coalesce(v.accessibility, []),
               status: coalesce(v.status, 'ACTIVE'), version: coalesce(v.version, 0),
               latitude: v.location.latitude, longitude: v.location.longitude,
               localityCode: [(v)-[:IN]->(l) | l.code][0], localityName: [(v)-[:IN]->(l) | l.name][0]}""";

    private static final String LIST = """
            MATCH (v:Venue)
            WHERE ($locality IS NULL OR EXISTS { (v)-[:IN]->(:Locality)-[:WITHIN*0..]->(:Locality {code: $locality}) })
              AND ($showing = 'ALL' OR coalesce(v.status, 'ACTIVE') = $showing)
            WITH v ORDER BY v.name, v.id
            WITH collect(v) AS matched
            RETURN size(matched) AS total, [v IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (v:Venue {id: $id})
            RETURN %s AS item
            """.formatted(PROJECTION);

    private static final String CREATE = """
            %s
            OPTIONAL MATCH (l:Locality {code: $locality})
            WITH account, l,
                 account IS NOT NULL AND (account.role IN ['ADMIN', 'PROVIDER']
                     OR (account.role = 'FACILITATOR'
                         AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(l) })) AS mayCreate
            CALL (account, l, mayCreate) {
                WITH account, l WHERE l IS NOT NULL AND mayCreate
                CREATE (v:Venue {id: randomUUID(), name: $name, address: $address, postcode: $postcode,
                        location: point({latitude: $latitude, longitude: $longitude}),
                        accessibility: $accessibility, status: 'ACTIVE', addedBy: account.id, version: 0})-[:IN]->(l)
                RETURN head(collect(v.id)) AS id
            }
            RETURN l IS NOT NULL AS localityFound, mayCreate, id
            """.formatted(MayChange.ACCOUNT);

    private static final String CHANGE = """
            OPTIONAL MATCH (v:Venue {id: $id})
            %s
            OPTIONAL MATCH (newLocality:Locality {code: $locality})
            WITH v, newLocality, account, v IS NOT NULL AND %s
                 AND (newLocality IS NULL OR account.role <> 'FACILITATOR'
                      OR EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(newLocality) }) AS mayEdit,
                 coalesce($status = 'ARCHIVED', false) AND EXISTS { (v)<-[:HELD_AT]-(a:Activity) WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' }
                 AS blocked
            CALL (v, newLocality, mayEdit, blocked) {
                WITH v, newLocality WHERE mayEdit AND NOT blocked
                SET v._lock = true
                REMOVE v._lock
                WITH v, newLocality WHERE v.version = $version
                SET v.name = coalesce($name, v.name), v.address = CASE WHEN trim($address) = '' THEN null ELSE coalesce($address, v.address) END,
                    v.postcode = coalesce($postcode, v.postcode),
                    v.location = CASE WHEN $latitude IS NULL THEN v.location
                                      ELSE point({latitude: $latitude, longitude: $longitude}) END,
                    v.accessibility = coalesce($accessibility, v.accessibility),
                    v.status = coalesce($status, v.status, 'ACTIVE'),
                    v.version = v.version + 1
                WITH v, newLocality
                CALL (v, newLocality) {
                    WITH v, newLocality WHERE newLocality IS NOT NULL
                    OPTIONAL MATCH (v)-[old:IN]->(:Locality)
                    DELETE old
                    WITH DISTINCT v, newLocality
                    CREATE (v)-[:IN]->(newLocality)
                }
                RETURN count(*) AS changed
            }
            RETURN v IS NOT NULL AS exists, mayEdit, blocked, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.VENUE);

    private static final String WHO_MAY = "Only whoever added this venue, organisers of groups that meet there, a "
            + "facilitator of its place or an admin may change it; a facilitator may move it only to a locality within "
            + "their place.";

    /** What the statement that adds a venue found. */
    record Created(boolean localityFound, boolean mayCreate, String id) {
    }

    private final Neo4jClient neo4j;

    Venues(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Paged<VenueView> list(String locality, Showing showing, PageRequest page) {
        return Rows.page(neo4j.query(LIST).bind(locality).to("locality").bind(showing.name()).to("showing"),
                page, VenueView.class);
    }

    public VenueView get(String id) {
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id"), "item", VenueView.class)
                .one().orElseThrow(() -> new NotFoundException("There is no venue " + id + "."));
    }

    @Transactional
    public VenueView create(String accountId, NewVenue venue) {
        LocalityInUse.require(neo4j, "locality", venue.locality());
        var created = Rows.fetch(neo4j.query(CREATE)
                .bind(accountId).to("accountId").bind(venue.locality()).to("locality").bind(venue.name()).to("name")
                .bind(venue.address()).to("address").bind(Postcodes.normalise(venue.postcode())).to("postcode")
                .bind(venue.latitude()).to("latitude").bind(venue.longitude()).to("longitude")
                .bind(venue.accessibility() == null ? List.of() : venue.accessibility()).to("accessibility"),
                Created.class).one().orElseThrow();
        if (!created.localityFound()) {
            throw new InvalidRequestException("locality", "is not a locality we know: " + venue.locality());
        }
        if (!created.mayCreate()) {
            throw new ForbiddenException("A facilitator may add venues within their own place only.");
        }
        return get(created.id());
    }

    @Transactional
    public VenueView change(String id, String accountId, VenueChanges changes) {
        if ((changes.latitude() == null) != (changes.longitude() == null)) {
            throw new InvalidRequestException(changes.latitude() == null ? "latitude" : "longitude",
                    "must be given together with " + (changes.latitude() == null ? "longitude" : "latitude"));
        }
        if (changes.locality() != null) {
            LocalityInUse.require(neo4j, "locality", changes.locality());
        }
        return edit(id, accountId, changes, null, changes.version());
    }

    @Transactional
    VenueView setStatus(String id, String accountId, long version, ListingStatus status) {
        if (status == ListingStatus.ACTIVE) {
            LocalityInUse.requireToRestore(neo4j, "The venue", get(id).localityCode());
        }
        return edit(id, accountId, null, status, version);
    }

    private VenueView edit(String id, String accountId, VenueChanges changes, ListingStatus status, long version) {
        var none = new VenueChanges(null, null, null, null, null, null, null, version);
        var c = changes == null ? none : changes;
        var outcome = Rows.fetch(neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(version).to("version")
                .bind(c.name()).to("name").bind(c.address()).to("address")
                .bind(Postcodes.normalise(c.postcode())).to("postcode")
                .bind(c.latitude()).to("latitude").bind(c.longitude()).to("longitude")
                .bind(c.accessibility()).to("accessibility").bind(c.locality()).to("locality")
                .bind(status == null ? null : status.name()).to("status"), EditOutcome.class)
                .one().orElseThrow();
        outcome.orThrow("venue", id, version, WHO_MAY,
                "Activities are still held at this venue; move or archive them first.");
        return get(id);
    }
}
