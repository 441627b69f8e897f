package org.hedgerow.directory;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code (:Organiser)-[:ORGANISES {role, since}]->(:Group)}. */
@RelationshipProperties
public class Organising {

    @RelationshipId
    private String id;

    private final String role;

    private final LocalDate since;

    @TargetNode
    private final Group group;

    public Organising(String role, LocalDate since, Group group) {
        this.role = role;
        this.since = since;
        this.group = group;
    }

    public String getRole() {
        return role;
    }

    public LocalDate getSince() {
        return since;
    }

    public Group getGroup() {
        return group;
    }
}
