package org.hedgerow.primarycare;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;

/** A social prescriber attached to a PCN, who finds people the right activity and refers them. */
@Node
public class LinkWorker {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    @Relationship(type = "WORKS_FOR")
    private Pcn pcn;

    @Version
    private Long version;

    public LinkWorker(String name, Pcn pcn) {
        this.name = name;
        this.pcn = pcn;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Pcn getPcn() {
        return pcn;
    }

    public Long getVersion() {
        return version;
    }
}
