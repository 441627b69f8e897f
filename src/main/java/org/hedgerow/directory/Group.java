package org.hedgerow.directory;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;

/**
 * A community group that runs activities: a walking group, a choir, a café, an advice centre.
 * Partnerships between groups ({@code PARTNERS_WITH}) are read and written with Cypher, not mapped here,
 * so that loading one group never drags in the network around it.
 */
@Node
public class Group {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String description;

    private String website;

    private ListingStatus status = ListingStatus.ACTIVE;

    @Relationship(type = "BASED_IN")
    private Locality locality;

    @Version
    private Long version;

    public Group(String name, String description, String website, Locality locality) {
        this.name = name;
        this.description = description;
        this.website = website;
        this.locality = locality;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getWebsite() {
        return website;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public Locality getLocality() {
        return locality;
    }

    public Long getVersion() {
        return version;
    }

    public void archive() {
        this.status = ListingStatus.ARCHIVED;
    }
}
