package org.hedgerow.directory;

import java.util.List;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;
import org.springframework.data.neo4j.types.GeographicPoint2d;

/** Where activities happen: a hall, a café, a canal towpath, a nature reserve car park. */
@Node
public class Venue {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String address;

    private String postcode;

    private GeographicPoint2d location;

    /** Access features people ask about: step-free, accessible-toilet, hearing-loop, parking, … */
    private List<String> accessibility;

    @Relationship(type = "IN")
    private Locality locality;

    @Version
    private Long version;

    public Venue(String name, String address, String postcode, GeographicPoint2d location,
                 List<String> accessibility, Locality locality) {
        this.name = name;
        this.address = address;
        this.postcode = postcode;
        this.location = location;
        this.accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
        this.locality = locality;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public GeographicPoint2d getLocation() {
        return location;
    }

    public List<String> getAccessibility() {
        return accessibility == null ? List.of() : accessibility;
    }

    public Locality getLocality() {
        return locality;
    }

    public Long getVersion() {
        return version;
    }
}
