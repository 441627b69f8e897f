package org.hedgerow.primarycare;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;

/** A GP practice, a member of one PCN. */
@Node
public class Practice {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String odsCode;

    @Relationship(type = "MEMBER_OF")
    private Pcn pcn;

    @Version
    private Long version;

    public Practice(String name, String odsCode, Pcn pcn) {
        this.name = name;
        this.odsCode = odsCode;
        this.pcn = pcn;
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

    public Pcn getPcn() {
        return pcn;
    }

    public Long getVersion() {
        return version;
    }
}
