package org.hedgerow.directory;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a group, with who may make them decided in the same Cypher statement that makes them:
 * an admin; a provider who organises the group; a facilitator of a place the group is based within.
 * The statement reports why nothing changed, so the caller hears 404, 403 or 409 accordingly.
 */
@Component
class GroupEdits {

    private static final String EDIT = """
            OPTIONAL MATCH (g:Group {id: $id})
            OPTIONAL MATCH (account:Account {id: $accountId})
            WITH g, g IS NOT NULL AND account IS NOT NULL AND account.enabled AND (
                   account.role = 'ADMIN'
                OR (account.role = 'PROVIDER'
                    AND EXISTS { (account)-[:ACTS_AS]->(:Organiser)-[:ORGANISES]->(g) })
                OR (account.role = 'FACILITATOR'
                    AND EXISTS { (account)-[:FACILITATES]->(:Locality)<-[:WITHIN*0..]-(:Locality)<-[:BASED_IN]-(g) })
            ) AS mayEdit
            CALL (g, mayEdit) {
                // Write-lock the group before reading its version, so two edits of one version cannot both pass.
                WITH g WHERE mayEdit
                SET g._lock = true
                REMOVE g._lock
                WITH g WHERE g.version = $version
                SET g.name = coalesce($name, g.name),
                    g.description = coalesce($description, g.description),
                    g.website = coalesce($website, g.website),
                    g.updatedAt = datetime(), g.version = g.version + 1
                RETURN count(*) AS changed
            }
            RETURN g IS NOT NULL AS exists, mayEdit, changed > 0 AS changed
            """;

    private static final String VIEW = """
            MATCH (g:Group {id: $id})
            OPTIONAL MATCH (g)-[:BASED_IN]->(l:Locality)
            RETURN g {.*} AS g, l.code AS localityCode, l.name AS localityName
            """;

    private final Neo4jClient neo4j;

    GroupEdits(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Transactional
    GroupView change(String groupId, String accountId, GroupChanges changes) {
        var outcome = neo4j.query(EDIT)
                .bind(groupId).to("id").bind(accountId).to("accountId").bind(changes.version()).to("version")
                .bind(changes.name()).to("name").bind(changes.description()).to("description")
                .bind(changes.website()).to("website")
                .fetch().one().orElseThrow();
        if (!(Boolean) outcome.get("exists")) {
            throw new NotFoundException("There is no group " + groupId + ".");
        }
        if (!(Boolean) outcome.get("mayEdit")) {
            throw new ForbiddenException("Only the group's organisers, a facilitator of its place or an admin "
                    + "may change this group.");
        }
        if (!(Boolean) outcome.get("changed")) {
            throw new ConflictException("The group was changed by someone else since version " + changes.version()
                    + "; reload it and try again.");
        }
        return view(groupId);
    }

    GroupView view(String groupId) {
        return neo4j.query(VIEW).bind(groupId).to("id")
                .fetchAs(GroupView.class)
                .mappedBy((types, record) -> {
                    var g = record.get("g");
                    return new GroupView(g.get("id").asString(), g.get("name").asString(null),
                            g.get("description").asString(null), g.get("website").asString(null),
                            ListingStatus.valueOf(g.get("status").asString("ACTIVE")),
                            record.get("localityCode").asString(null), record.get("localityName").asString(null),
                            g.get("version").asLong(0));
                })
                .one()
                .orElseThrow(() -> new NotFoundException("There is no group " + groupId + "."));
    }
}
