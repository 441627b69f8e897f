package org.hedgerow.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;

/**
 * A person who organises one or more groups. Who they know ({@code KNOWS}) is read with Cypher:
 * mapping it would make loading one organiser load everyone reachable.
 */
@Node
public class Organiser {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String bio;

    @Relationship(type = "ORGANISES")
    private List<Organising> organises = new ArrayList<>();

    @Version
    private Long version;

    public Organiser(String name, String bio) {
        this.name = name;
        this.bio = bio;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBio() {
        return bio;
    }

    public List<Organising> getOrganises() {
        return List.copyOf(organises);
    }

    public Long getVersion() {
        return version;
    }

    public void organise(Group group, String role, java.time.LocalDate since) {
        organises.add(new Organising(role, since, group));
    }
}
