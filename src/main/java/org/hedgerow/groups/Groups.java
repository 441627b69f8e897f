package org.hedgerow.groups;

import java.time.Clock;

import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.ListOrder;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.LocalityInUse;
import org.hedgerow.core.MayChange;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.hedgerow.core.Showing;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups: listed (by locality at any depth, or by name), added, changed, archived. Who may change one is
 * decided in the statement that changes it ({@link MayChange#GROUP}).
 */
@Component
public class Groups {

    /** Its keys are {@link GroupView}'s components. */
    private static final String PROJECTION = """
            g {.id, .name, .description, .website, .updatedAt,
               status: coalesce(g.status, 'ACTIVE'), version: coalesce(g.version, 0),
               localityCode: [(g)-[:BASED_IN]->(l) | l.code][0], localityName: [(g)-[:BASED_IN]->(l) | l.name][0],
               organisers: [(o:Organiser)-[r:ORGANISES]->(g) | {id: o.id, name: o.name, role: r.role}],
               activities: COUNT { (g)-[:RUNS]->(a:Activity) WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' }}""";

    private static final String LIST = """
            MATCH (g:Group)
            WHERE ($locality IS NULL OR EXISTS { (g)-[:BASED_IN]->(:Locality)-[:WITHIN*0..]->(:Locality {code: $locality}) })
              AND ($showing = 'ALL' OR coalesce(g.status, 'ACTIVE') = $showing)
            WITH g ORDER BY CASE WHEN $order = 'UPDATED' THEN coalesce(g.updatedAt, datetime({epochSeconds: 0})) END DESC, g.name, g.id
            WITH collect(g) AS matched
            RETURN size(matched) AS total, [g IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (g:Group {id: $id})
            RETURN %s AS item
            """.formatted(PROJECTION);

    private static final String CREATE = """
            %s
            OPTIONAL MATCH (l:Locality {code: $locality})
            WITH account, l,
                 account IS NOT NULL AND (account.role = 'ADMIN'
                     OR (account.role = 'PROVIDER' AND EXISTS { (account)-[:ACTS_AS]->(:Organiser) })
                     OR (account.role = 'FACILITATOR'
                         AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(l) })) AS mayCreate
            CALL (account, l, mayCreate) {
                WITH account, l WHERE l IS NOT NULL AND mayCreate
                CREATE (g:Group {id: randomUUID(), name: $name, description: $description, website: $website,
                        status: 'ACTIVE', updatedAt: datetime(), version: 0})-[:BASED_IN]->(l)
                WITH account, g
                CALL (account, g) {
                    MATCH (account)-[:ACTS_AS]->(o:Organiser) WHERE account.role = 'PROVIDER'
                    CREATE (o)-[:ORGANISES {role: 'Lead', since: $today}]->(g)
                }
                RETURN head(collect(g.id)) AS id
            }
            RETURN l IS NOT NULL AS localityFound, mayCreate, id
            """.formatted(MayChange.ACCOUNT);

    private static final String CHANGE = """
            OPTIONAL MATCH (g:Group {id: $id})
            %s
            OPTIONAL MATCH (newLocality:Locality {code: $locality})
            WITH g, newLocality, g IS NOT NULL AND %s
                 AND (newLocality IS NULL OR account.role <> 'FACILITATOR'
                      OR EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(newLocality) }) AS mayEdit
            CALL (g, newLocality, mayEdit) {
                // Write-lock the group before reading its version, so two edits of one version cannot both pass.
                WITH g, newLocality WHERE mayEdit
                SET g._lock = true
                REMOVE g._lock
                WITH g, newLocality WHERE g.version = $version
                SET g.name = coalesce($name, g.name),
                    g.description = CASE WHEN trim($description) = '' THEN null
                                         ELSE coalesce($description, g.description) END,
                    g.website = CASE WHEN trim($website) = '' THEN null ELSE coalesce($website, g.website) END,
                    g.status = coalesce($status, g.status, 'ACTIVE'),
                    g.updatedAt = datetime(), g.version = g.version + 1
                WITH g, newLocality
                CALL (g, newLocality) {
                    WITH g, newLocality WHERE newLocality IS NOT NULL
                    OPTIONAL MATCH (g)-[old:BASED_IN]->(:Locality)
                    DELETE old
                    WITH DISTINCT g, newLocality
                    CREATE (g)-[:BASED_IN]->(newLocality)
                }
                RETURN count(*) AS changed
            }
            RETURN g IS NOT NULL AS exists, mayEdit, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    /**
     * An organiser leaves the group (moved on, or never one): the link that lets them see its referrals goes, in the
     * group's change (its lock taken, its version checked and moved on). Whoever may change the group may remove
     * any of its organisers, themselves included.
     */
    private static final String REMOVE_ORGANISER = """
            OPTIONAL MATCH (g:Group {id: $id})
            %s
            OPTIONAL MATCH (o:Organiser {id: $organiser})-[:ORGANISES]->(g)
            WITH g, o, g IS NOT NULL AND o IS NOT NULL AS exists, g IS NOT NULL AND %s AS mayEdit
            CALL (g, o, exists, mayEdit) {
                WITH g, o WHERE exists AND mayEdit
                SET g._lock = true
                REMOVE g._lock
                WITH g, o WHERE g.version = $version
                MATCH (o)-[link:ORGANISES]->(g)
                DELETE link
                WITH DISTINCT g
                SET g.updatedAt = datetime(), g.version = g.version + 1
                RETURN count(*) AS changed
            }
            RETURN exists, mayEdit, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    /** An organiser who claimed a listing joins its group; only someone who may change the group adds them. */
    private static final String ADD_ORGANISER = """
            OPTIONAL MATCH (g:Group {id: $id})
            %s
            OPTIONAL MATCH (o:Organiser {id: $organiser})
            WITH g, o, g IS NOT NULL AND o IS NOT NULL AND %s AS mayEdit
            CALL (g, o, mayEdit) {
                WITH g, o WHERE mayEdit
                MERGE (o)-[r:ORGANISES]->(g)
                ON CREATE SET r.role = 'Lead', r.since = $today
                RETURN count(*) AS changed
            }
            RETURN g IS NOT NULL AND o IS NOT NULL AS exists, mayEdit, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    static final String WHO_MAY = "Only the group's organisers, a facilitator of its place or an admin may change "
            + "this group.";

    /** What the statement that adds a group found. */
    record Created(boolean localityFound, boolean mayCreate, String id) {
    }

    private final Neo4jClient neo4j;
    private final Clock clock;

    Groups(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    Paged<GroupView> list(String locality, Showing showing, ListOrder order, PageRequest page) {
        return Rows.page(neo4j.query(LIST).bind(locality).to("locality").bind(showing.name()).to("showing")
                .bind(order.name()).to("order"), page, GroupView.class);
    }

    public GroupView get(String id) {
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id"), "item", GroupView.class)
                .one().orElseThrow(() -> new NotFoundException("There is no group " + id + "."));
    }

    @Transactional
    public GroupView create(String accountId, NewGroup group) {
        LocalityInUse.require(neo4j, "locality", group.locality());
        var created = Rows.fetch(neo4j.query(CREATE).bind(NetworkZone.today(clock)).to("today")
                .bind(accountId).to("accountId").bind(group.locality()).to("locality").bind(group.name()).to("name")
                .bind(group.description()).to("description").bind(group.website()).to("website"), Created.class)
                .one().orElseThrow();
        if (!created.localityFound()) {
            throw new InvalidRequestException("locality", "is not a locality we know: " + group.locality());
        }
        if (!created.mayCreate()) {
            throw new ForbiddenException("A facilitator may add groups within their own place only.");
        }
        return get(created.id());
    }

    @Transactional
    public GroupView change(String id, String accountId, GroupChanges changes) {
        if (changes.locality() != null) {
            LocalityInUse.require(neo4j, "locality", changes.locality());
        }
        return edit(id, accountId, changes, null);
    }

    /**
     * Makes an organiser one of the group's organisers (e.g. the real organiser of an imported listing, once their
     * claim is approved); the account must be allowed to change the group.
     */
    @Transactional
    public void addOrganiser(String id, String accountId, String organiserId) {
        var outcome = Rows.fetch(neo4j.query(ADD_ORGANISER).bind(NetworkZone.today(clock)).to("today")
                .bind(id).to("id").bind(accountId).to("accountId")
                .bind(organiserId).to("organiser"), AddedOrganiser.class).one().orElseThrow();
        if (!outcome.exists()) {
            throw new NotFoundException("There is no group " + id + " or no organiser " + organiserId + ".");
        }
        if (!outcome.mayEdit()) {
            throw new ForbiddenException(WHO_MAY);
        }
    }

    /** Takes an organiser off the group, from the version the caller saw. */
    @Transactional
    public GroupView removeOrganiser(String id, String accountId, String organiserId, long version) {
        var outcome = Rows.fetch(neo4j.query(REMOVE_ORGANISER).bind(id).to("id").bind(accountId).to("accountId")
                .bind(organiserId).to("organiser").bind(version).to("version"), EditOutcome.class)
                .one().orElseThrow();
        if (!outcome.exists()) {
            throw new NotFoundException("There is no group " + id + " organised by " + organiserId + ".");
        }
        outcome.orThrow("group", id, version, WHO_MAY);
        return get(id);
    }

    /** What the statement that adds an organiser to a group found. */
    record AddedOrganiser(boolean exists, boolean mayEdit, boolean changed) {
    }

    @Transactional
    GroupView setStatus(String id, String accountId, long version, ListingStatus status) {
        if (status == ListingStatus.ACTIVE) {
            LocalityInUse.requireToRestore(neo4j, "The group", get(id).localityCode());
        }
        return edit(id, accountId, new GroupChanges(null, null, null, null, version), status);
    }

    private GroupView edit(String id, String accountId, GroupChanges changes, ListingStatus status) {
        var outcome = Rows.fetch(neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(changes.version()).to("version")
                .bind(changes.name()).to("name").bind(changes.description()).to("description")
                .bind(changes.website()).to("website").bind(changes.locality()).to("locality")
                .bind(status == null ? null : status.name()).to("status"), EditOutcome.class)
                .one().orElseThrow();
        outcome.orThrow("group", id, changes.version(), WHO_MAY + " A facilitator may move it only to a locality "
                + "within their place.");
        return get(id);
    }
}
