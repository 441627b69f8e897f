package org.hedgerow.places;

import org.hedgerow.core.ConflictException;
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

/** Localities nested within places within the ICS: listed, added, renamed, archived. */
@Component
class Localities {

    /** Its keys are {@link LocalityView}'s components. */
    private static final String PROJECTION = """
            l {.id, .code, .name, .kind, status: coalesce(l.status, 'ACTIVE'), version: coalesce(l.version, 0),
               latitude: l.centre.latitude, longitude: l.centre.longitude,
               withinCode: [(l)-[:WITHIN]->(p) | p.code][0], withinName: [(l)-[:WITHIN]->(p) | p.name][0]}""";

    private static final String LIST = """
            MATCH (l:Locality)
            WHERE ($within IS NULL OR EXISTS { (l)-[:WITHIN*1..]->(:Locality {code: $within}) })
              AND ($kind IS NULL OR l.kind = $kind)
              AND ($showing = 'ALL' OR coalesce(l.status, 'ACTIVE') = $showing)
            WITH l ORDER BY l.name, l.code
            WITH collect(l) AS matched
            RETURN size(matched) AS total, [l IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (l:Locality) WHERE l.id = $key OR l.code = $key
            RETURN %s AS item
            """.formatted(PROJECTION);

    private static final String CREATE = """
            %s
            OPTIONAL MATCH (parent:Locality {code: $within})
            WITH account, parent,
                 CASE WHEN $within IS NULL THEN account IS NOT NULL AND account.role = 'ADMIN'
                      ELSE parent IS NOT NULL AND %s END AS mayCreate,
                 EXISTS { (:Locality {code: $code}) } AS codeTaken
            CALL (parent, mayCreate, codeTaken) {
                WITH parent WHERE mayCreate AND NOT codeTaken
                CREATE (l:Locality {id: randomUUID(), code: $code, name: $name, kind: $kind, status: 'ACTIVE',
                        centre: point({latitude: $latitude, longitude: $longitude}), version: 0})
                FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (l)-[:WITHIN]->(p))
                RETURN head(collect(l.id)) AS id
            }
            RETURN $within IS NULL OR parent IS NOT NULL AS withinFound, mayCreate, codeTaken, id
            """.formatted(MayChange.ACCOUNT, MayChange.LOCALITY_PARENT);

    private static final String CHANGE = """
            OPTIONAL MATCH (l:Locality {id: $id})
            %s
            WITH l, l IS NOT NULL AND %s AS mayEdit,
                 coalesce($status = 'ARCHIVED', false) AND EXISTS {
                     (l)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN|IN]-(n) WHERE coalesce(n.status, 'ACTIVE') = 'ACTIVE' }
                 AS blocked
            CALL (l, mayEdit, blocked) {
                WITH l WHERE mayEdit AND NOT blocked
                SET l._lock = true
                REMOVE l._lock
                WITH l WHERE l.version = $version
                SET l.name = coalesce($name, l.name),
                    l.centre = CASE WHEN $latitude IS NULL THEN l.centre
                                    ELSE point({latitude: $latitude, longitude: $longitude}) END,
                    l.status = coalesce($status, l.status, 'ACTIVE'),
                    l.version = l.version + 1
                RETURN count(*) AS changed
            }
            RETURN l IS NOT NULL AS exists, mayEdit, blocked, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.LOCALITY);

    private static final String WHO_MAY = "Only a facilitator of a place this locality lies within, or an admin, "
            + "may change it.";

    /** What the statement that adds a locality found, in the order the caller is told of it. */
    record Created(boolean withinFound, boolean mayCreate, boolean codeTaken, String id) {
    }

    private final Neo4jClient neo4j;

    Localities(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Paged<LocalityView> list(String within, LocalityKind kind, Showing showing, PageRequest page) {
        return Rows.page(neo4j.query(LIST)
                .bind(within).to("within").bind(kind == null ? null : kind.name()).to("kind")
                .bind(showing.name()).to("showing"), page, LocalityView.class);
    }

    /** By id or by code. */
    LocalityView get(String idOrCode) {
        return Rows.fetch(neo4j.query(ONE).bind(idOrCode).to("key"), "item", LocalityView.class)
                .one().orElseThrow(() -> new NotFoundException("There is no locality " + idOrCode + "."));
    }

    @Transactional
    LocalityView create(String accountId, NewLocality locality) {
        if (locality.within() == null && locality.kind() != LocalityKind.ICS) {
            throw new InvalidRequestException("within", "must name the place this locality lies within");
        }
        if (locality.within() != null) {
            LocalityInUse.require(neo4j, "within", locality.within());
        }
        var created = Rows.fetch(neo4j.query(CREATE)
                .bind(accountId).to("accountId").bind(locality.within()).to("within").bind(locality.code()).to("code")
                .bind(locality.name()).to("name").bind(locality.kind().name()).to("kind")
                .bind(locality.latitude()).to("latitude").bind(locality.longitude()).to("longitude"), Created.class)
                .one().orElseThrow();
        if (!created.withinFound()) {
            throw new InvalidRequestException("within", "is not a locality we know: " + locality.within());
        }
        if (!created.mayCreate()) {
            throw new ForbiddenException("Only a facilitator of the place it lies within, or an admin, may add a locality.");
        }
        if (created.codeTaken()) {
            throw new ConflictException("There is already a locality with the code " + locality.code() + ".");
        }
        return get(created.id());
    }

    @Transactional
    LocalityView change(String id, String accountId, LocalityChanges changes) {
        if ((changes.latitude() == null) != (changes.longitude() == null)) {
            throw new InvalidRequestException(changes.latitude() == null ? "latitude" : "longitude",
                    "must be given together with " + (changes.latitude() == null ? "longitude" : "latitude"));
        }
        return edit(id, accountId, changes.version(), changes.name(), changes.latitude(), changes.longitude(), null);
    }

    @Transactional
    LocalityView setStatus(String id, String accountId, long version, ListingStatus status) {
        if (status == ListingStatus.ACTIVE) {
            LocalityInUse.requireToRestore(neo4j, "The locality", get(id).withinCode());
        }
        return edit(id, accountId, version, null, null, null, status);
    }

    private LocalityView edit(String id, String accountId, Long version, String name, Double latitude, Double longitude,
                              ListingStatus status) {
        var outcome = Rows.fetch(neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(version).to("version")
                .bind(name).to("name").bind(latitude).to("latitude").bind(longitude).to("longitude")
                .bind(status == null ? null : status.name()).to("status"), EditOutcome.class)
                .one().orElseThrow();
        outcome.orThrow("locality", id, version, WHO_MAY,
                "This locality still has active groups or venues in it; move or archive them first.");
        return get(id);
    }
}
