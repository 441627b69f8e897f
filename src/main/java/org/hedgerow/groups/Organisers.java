package org.hedgerow.groups;

import java.time.Clock;

import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.ListingStatus;
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

/** Organisers' public profiles: listed (by group), added (to a group), changed, archived. */
@Component
class Organisers {

    /** Its keys are {@link OrganiserView}'s components. */
    private static final String PROJECTION = """
            o {.id, .name, .bio, status: coalesce(o.status, 'ACTIVE'), version: coalesce(o.version, 0),
               groups: [(o)-[r:ORGANISES]->(g:Group) | {groupId: g.id, groupName: g.name, role: r.role}]}""";

    private static final String LIST = """
            MATCH (o:Organiser)
            WHERE ($group IS NULL OR EXISTS { (o)-[:ORGANISES]->(:Group {id: $group}) })
              AND ($showing = 'ALL' OR coalesce(o.status, 'ACTIVE') = $showing)
            WITH o ORDER BY o.name, o.id
            WITH collect(o) AS matched
            RETURN size(matched) AS total, [o IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (o:Organiser {id: $id})
            RETURN %s AS item
            """.formatted(PROJECTION);

    private static final String CREATE = """
            %s
            OPTIONAL MATCH (g:Group {id: $group})
            WITH account, g,
                 CASE WHEN $group IS NULL THEN account IS NOT NULL AND account.role IN ['FACILITATOR', 'ADMIN']
                      ELSE g IS NOT NULL AND %s END AS mayCreate
            CALL (g, mayCreate) {
                WITH g WHERE mayCreate
                CREATE (o:Organiser {id: randomUUID(), name: $name, bio: $bio, status: 'ACTIVE', version: 0})
                FOREACH (group IN CASE WHEN g IS NULL THEN [] ELSE [g] END |
                    CREATE (o)-[:ORGANISES {role: coalesce($role, 'Organiser'), since: $today}]->(group))
                RETURN head(collect(o.id)) AS id
            }
            RETURN $group IS NULL OR g IS NOT NULL AS groupFound, mayCreate, id
            """.formatted(MayChange.ACCOUNT, MayChange.GROUP);

    private static final String CHANGE = """
            OPTIONAL MATCH (o:Organiser {id: $id})
            %s
            WITH o, o IS NOT NULL AND %s AS mayEdit,
                 coalesce($status = 'ARCHIVED', false) AND EXISTS { (o)-[:ORGANISES]->(g:Group) WHERE coalesce(g.status, 'ACTIVE') = 'ACTIVE' }
                 AS blocked
            CALL (o, mayEdit, blocked) {
                WITH o WHERE mayEdit AND NOT blocked
                SET o._lock = true
                REMOVE o._lock
                WITH o WHERE o.version = $version
                SET o.name = coalesce($name, o.name), o.bio = coalesce($bio, o.bio),
                    o.status = coalesce($status, o.status, 'ACTIVE'), o.version = o.version + 1
                RETURN count(*) AS changed
            }
            RETURN o IS NOT NULL AS exists, mayEdit, blocked, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.ORGANISER);

    private static final String WHO_MAY = "Only the organiser themself, a facilitator of a place where they run a "
            + "group, or an admin may change this profile.";

    /** What the statement that adds an organiser found. */
    record Created(boolean groupFound, boolean mayCreate, String id) {
    }

    private final Neo4jClient neo4j;
    private final Clock clock;

    Organisers(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    Paged<OrganiserView> list(String group, Showing showing, PageRequest page) {
        return Rows.page(neo4j.query(LIST).bind(group).to("group").bind(showing.name()).to("showing"),
                page, OrganiserView.class);
    }

    OrganiserView get(String id) {
        return Rows.fetch(neo4j.query(ONE).bind(id).to("id"), "item", OrganiserView.class)
                .one().orElseThrow(() -> new NotFoundException("There is no organiser " + id + "."));
    }

    @Transactional
    OrganiserView create(String accountId, NewOrganiser organiser) {
        var created = Rows.fetch(neo4j.query(CREATE).bind(NetworkZone.today(clock)).to("today")
                .bind(accountId).to("accountId").bind(organiser.group()).to("group").bind(organiser.name()).to("name")
                .bind(organiser.bio()).to("bio").bind(organiser.role()).to("role"), Created.class)
                .one().orElseThrow();
        if (!created.groupFound()) {
            throw new InvalidRequestException("group", "is not a group we know: " + organiser.group());
        }
        if (!created.mayCreate()) {
            throw new ForbiddenException(organiser.group() == null
                    ? "Providers add organisers to their own groups; name the group."
                    : "Only the group's organisers, a facilitator of its place or an admin may add organisers to it.");
        }
        return get(created.id());
    }

    @Transactional
    OrganiserView change(String id, String accountId, OrganiserChanges changes) {
        return edit(id, accountId, changes.version(), changes.name(), changes.bio(), null);
    }

    @Transactional
    OrganiserView setStatus(String id, String accountId, long version, ListingStatus status) {
        return edit(id, accountId, version, null, null, status);
    }

    private OrganiserView edit(String id, String accountId, long version, String name, String bio,
                               ListingStatus status) {
        var outcome = Rows.fetch(neo4j.query(CHANGE)
                .bind(id).to("id").bind(accountId).to("accountId").bind(version).to("version")
                .bind(name).to("name").bind(bio).to("bio").bind(status == null ? null : status.name()).to("status"),
                EditOutcome.class).one().orElseThrow();
        outcome.orThrow("organiser", id, version, WHO_MAY,
                "This organiser still runs active groups; hand them over or archive them first.");
        return get(id);
    }
}
