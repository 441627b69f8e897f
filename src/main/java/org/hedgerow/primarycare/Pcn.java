package org.hedgerow.primarycare;

import java.util.ArrayList;
import java.util.List;

import org.hedgerow.directory.Locality;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;

/** A Primary Care Network: practices working together, covering one or more localities. */
@Node
public class Pcn {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String odsCode;

    @Relationship(type = "COVERS")
    private List<Locality> covers = new ArrayList<>();

    @Version
    private Long version;

    public Pcn(String name, String odsCode, List<Locality> covers) {
        this.name = name;
        this.odsCode = odsCode;
        this.covers = new ArrayList<>(covers);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public List<Locality> getCovers() {
        return List.copyOf(covers);
    }

    public Long getVersion() {
        return version;
    }
}
