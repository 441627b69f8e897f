package org.hedgerow.directory;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;
import org.springframework.data.neo4j.types.GeographicPoint2d;

/**
 * A place people live in, nested {@code (:Locality)-[:WITHIN]->(:Locality)}: locality, then place, then ICS.
 * Only the outward {@code WITHIN} link is mapped, so loading one loads at most its short chain of parents.
 */
@Node
public class Locality {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String code;

    private LocalityKind kind;

    private GeographicPoint2d centre;

    @Relationship(type = "WITHIN")
    private Locality within;

    @Version
    private Long version;

    public Locality(String name, String code, LocalityKind kind, GeographicPoint2d centre, Locality within) {
        this.name = name;
        this.code = code;
        this.kind = kind;
        this.centre = centre;
        this.within = within;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public LocalityKind getKind() {
        return kind;
    }

    public GeographicPoint2d getCentre() {
        return centre;
    }

    public Locality getWithin() {
        return within;
    }

    public Long getVersion() {
        return version;
    }
}
