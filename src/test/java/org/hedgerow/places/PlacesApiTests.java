package org.hedgerow.places;

import org.hedgerow.DirectoryApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Localities and venues: where the network's groups are based and meet. */
class PlacesApiTests extends DirectoryApiTest {

    @Test
    void aFacilitatorAddsLocalitiesWithinTheirOwnPlaceOnly() throws Exception {
        as("fran", HttpMethod.POST, "/api/localities", """
                {"code": "RIPLEY", "name": "Ripley", "kind": "LOCALITY", "within": "AMBER",
                 "latitude": 53.05, "longitude": -1.40}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/localities/")))
                .andExpect(jsonPath("$.withinCode").value("AMBER"))
                .andExpect(jsonPath("$.latitude").value(53.05));
        as("fran", HttpMethod.POST, "/api/localities", """
                {"code": "BUXTON", "name": "Buxton", "kind": "LOCALITY", "within": "HIGHPEAK",
                 "latitude": 53.26, "longitude": -1.91}""")
                .andExpect(status().isForbidden());
        as("fran", HttpMethod.POST, "/api/localities", """
                {"code": "RIPLEY", "name": "Ripley again", "kind": "LOCALITY", "within": "AMBER",
                 "latitude": 53.05, "longitude": -1.40}""")
                .andExpect(status().isConflict());
        as("ada", HttpMethod.POST, "/api/localities", """
                {"code": "x", "name": "", "kind": "TOWN", "latitude": 99, "longitude": -1.40}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").value(containsString("LOCALITY")));
        as("ada", HttpMethod.POST, "/api/localities", """
                {"code": "x", "name": "", "kind": "LOCALITY", "latitude": 99, "longitude": -1.40}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code").exists())
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.latitude").exists());
        as("ada", HttpMethod.POST, "/api/localities", """
                {"code": "NOWHERE", "name": "Nowhere", "kind": "LOCALITY", "within": "ATLANTIS",
                 "latitude": 53, "longitude": -1.4}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.within").exists());

        get("/api/localities?within=AMBER")
                .andExpect(jsonPath("$.items[*].code", containsInAnyOrder("BELPER", "RIPLEY")));
        get("/api/localities/RIPLEY").andExpect(jsonPath("$.name").value("Ripley"));
    }

    @Test
    void aLocalityInUseCannotBeArchivedButAnEmptyOneCan() throws Exception {
        as("fran", HttpMethod.POST, "/api/localities/l-belper/archive", """
                {"version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("active groups or venues")));
        as("fran", HttpMethod.PATCH, "/api/localities/l-amber", """
                {"name": "Amber", "version": 0}""")
                .andExpect(status().isForbidden());

        neo4j.query("MATCH (amber:Locality {code: 'AMBER'}) CREATE (:Locality {id: 'l-heage', code: 'HEAGE', "
                + "name: 'Heage', kind: 'LOCALITY', version: 0})-[:WITHIN]->(amber)").run();
        as("fran", HttpMethod.POST, "/api/localities/l-heage/archive", """
                {"version": 0}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
        get("/api/localities?within=AMBER").andExpect(jsonPath("$.items[*].code", containsInAnyOrder("BELPER")));
        get("/api/localities?within=AMBER&showing=ALL")
                .andExpect(jsonPath("$.items[*].code", containsInAnyOrder("BELPER", "HEAGE")));
    }

    @Test
    void aProviderAddsAVenueAndLooksAfterItButNotOthers() throws Exception {
        var created = as("pat", HttpMethod.POST, "/api/venues", """
                {"name": "Belper Library", "address": "Bridge Street, Belper", "postcode": "de56 1bx",
                 "latitude": 53.0245, "longitude": -1.4829, "accessibility": ["step-free access", "accessible toilet"],
                 "locality": "BELPER"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.postcode").value("DE56 1BX"))
                .andExpect(jsonPath("$.localityCode").value("BELPER"))
                .andExpect(jsonPath("$.accessibility", hasSize(2)))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        as("pat", HttpMethod.PATCH, "/api/venues/" + id, """
                {"accessibility": ["hearing loop"], "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.accessibility[0]").value("hearing loop"));
        as("quinn", HttpMethod.PATCH, "/api/venues/" + id, """
                {"name": "Quinn's now", "version": 1}""").andExpect(status().isForbidden());
        // Pat's group meets at the Strutt Centre, which someone else added: Pat may keep it current too.
        as("pat", HttpMethod.PATCH, "/api/venues/" + STRUTT_CENTRE, """
                {"address": "Derby Road, Belper", "version": 0}""").andExpect(status().isOk());
        as("pat", HttpMethod.POST, "/api/venues", """
                {"name": "Nowhere Hall", "address": "x", "postcode": "NOT A POSTCODE", "latitude": 53,
                 "longitude": -1.4, "locality": "ATLANTIS"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.postcode").value(containsString("UK postcode")));
        as("pat", HttpMethod.POST, "/api/venues", """
                {"name": "Nowhere Hall", "address": "x", "postcode": "DE1 1AA", "latitude": 53,
                 "longitude": -1.4, "locality": "ATLANTIS"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.locality").exists());

        get("/api/venues?locality=AMBER").andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void aVenueWithActivitiesStillHeldThereCannotBeArchived() throws Exception {
        as("fran", HttpMethod.POST, "/api/venues/" + STRUTT_CENTRE + "/archive", """
                {"version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Activities are still held")));
        as("fran", HttpMethod.POST, "/api/venues/" + GLOSSOP_HALL + "/archive", """
                {"version": 0}""").andExpect(status().isForbidden());

        as("pat", HttpMethod.POST, "/api/activities/" + BELPER_WALK + "/archive", """
                {"version": 0}""").andExpect(status().isOk());
        as("fran", HttpMethod.POST, "/api/venues/" + STRUTT_CENTRE + "/archive", """
                {"version": 0}""").andExpect(status().isOk());
        assertThat(venueStatus(STRUTT_CENTRE)).isEqualTo("ARCHIVED");
    }

    // Re-pinned from the deleted DirectoryRepositoryTests: the same facts, read through the API that serves them.

    @Test
    void nothingActiveGoesIntoAnArchivedPlace() throws Exception {
        neo4j.query("MATCH (amber:Locality {code: 'AMBER'}) CREATE (:Locality {id: 'l-heage', code: 'HEAGE', "
                + "name: 'Heage', kind: 'LOCALITY', status: 'ARCHIVED', version: 1})-[:WITHIN]->(amber)").run();
        as("fran", HttpMethod.POST, "/api/venues", """
                {"name": "Heage Hall", "address": "Ripley Road, Heage", "postcode": "DE56 2AA", "latitude": 53.05, "longitude": -1.44,
                 "locality": "HEAGE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.locality").value(containsString("is archived")));
        as("fran", HttpMethod.POST, "/api/groups", """
                {"name": "Heage Gardeners", "locality": "HEAGE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.locality").value(containsString("is archived")));
        as("fran", HttpMethod.POST, "/api/localities", """
                {"code": "NETHER", "name": "Nether Heage", "kind": "LOCALITY", "within": "HEAGE",
                 "latitude": 53.05, "longitude": -1.44}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.within").value(containsString("is archived")));
        as("fran", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"locality": "HEAGE", "version": 0}""")
                .andExpect(status().isBadRequest());

        as("pat", HttpMethod.POST, "/api/activities/" + BELPER_WALK + "/archive", """
                {"version": 0}""").andExpect(status().isOk());
        as("fran", HttpMethod.POST, "/api/venues/" + STRUTT_CENTRE + "/archive", """
                {"version": 0}""").andExpect(status().isOk());
        as("pat", HttpMethod.POST, "/api/activities", """
                {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Walk", "cost": "FREE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.venue").value(containsString("is archived")));
        as("pat", HttpMethod.POST, "/api/activities/" + BELPER_WALK + "/restore", """
                {"version": 1}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("venue, Strutt Centre, is archived")));
        neo4j.query("MATCH (l:Locality {code: 'HEAGE'}) CREATE (:Venue {id: 'v-heage', name: 'Heage Chapel', "
                + "status: 'ARCHIVED', version: 1})-[:IN]->(l)").run();
        as("fran", HttpMethod.POST, "/api/venues/v-heage/restore", """
                {"version": 1}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("HEAGE, which is archived")));
        assertThat(neo4j.query("MATCH (n) WHERE n.name IN ['Heage Hall', 'Heage Gardeners', 'Nether Heage', 'Walk'] "
                + "OR EXISTS { (n:Group)-[:BASED_IN]->(:Locality {code: 'HEAGE'}) } RETURN count(n)")
                .fetchAs(Long.class).one()).contains(0L);
    }

    @Test
    void aFacilitatorMovesGroupsAndVenuesOnlyWithinTheirPlace() throws Exception {
        as("fran", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"locality": "GLOSSOP", "version": 0}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("within their place")));
        as("fran", HttpMethod.PATCH, "/api/venues/" + STRUTT_CENTRE, """
                {"locality": "GLOSSOP", "version": 0}""")
                .andExpect(status().isForbidden());
        assertThat(neo4j.query("""
                MATCH (:Group {id: 'g-belper-walkers'})-[:BASED_IN]->(g), (:Venue {id: $venue})-[:IN]->(v)
                RETURN g.code + ' ' + v.code""").bind(STRUTT_CENTRE).to("venue").fetchAs(String.class).one())
                .contains("BELPER BELPER");

        as("ada", HttpMethod.PATCH, "/api/venues/" + STRUTT_CENTRE, """
                {"locality": "GLOSSOP", "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.localityCode").value("GLOSSOP"));
    }

    @Test
    void localitiesKnowWhatTheyLieWithin() throws Exception {
        addDuffield();

        get("/api/localities/DUFFIELD")
                .andExpect(jsonPath("$.kind").value("LOCALITY"))
                .andExpect(jsonPath("$.latitude").value(52.987))
                .andExpect(jsonPath("$.longitude").value(-1.488))
                .andExpect(jsonPath("$.withinCode").value("AMBER"));
        get("/api/localities/AMBER").andExpect(jsonPath("$.withinCode").value("DDICS"));
        get("/api/localities/DDICS").andExpect(jsonPath("$.withinCode").value(nullValue()));
    }

    @Test
    void aPlaceTakesInEveryLocalityWithinIt() throws Exception {
        addDuffield();

        get("/api/localities?within=DDICS&size=50").andExpect(jsonPath("$.items[*].code",
                contains("AMBER", "BELPER", "DUFFIELD", "GLOSSOP", "HIGHPEAK")));
        get("/api/localities?within=AMBER").andExpect(jsonPath("$.items[*].code", contains("BELPER", "DUFFIELD")));
        get("/api/localities?within=BELPER").andExpect(jsonPath("$.items", empty()));
        // What is in a place counts the place itself as well as everything within it.
        get("/api/venues?locality=DDICS").andExpect(jsonPath("$.items[*].id", contains(GLOSSOP_HALL, STRUTT_CENTRE)));
        get("/api/venues?locality=AMBER").andExpect(jsonPath("$.items[*].id", contains(STRUTT_CENTRE)));
        get("/api/venues?locality=BELPER").andExpect(jsonPath("$.items[*].id", contains(STRUTT_CENTRE)));
        get("/api/venues?locality=DUFFIELD").andExpect(jsonPath("$.items", empty()));
    }

    /** Finding venues by postcode and by distance is the search's job: it finds them with their activities. */
    @Test
    void venuesAreFoundByPostcodeAndByDistance() throws Exception {
        get("/api/activities/search?postcode=de561ab&radiusKm=2")
                .andExpect(jsonPath("$.items[*].venue.name", contains("Strutt Centre")))
                .andExpect(jsonPath("$.items[0].venue.postcode").value("DE56 1AB"));
        get("/api/activities/search?lat=53.0237&lon=-1.4818&radiusKm=2&sort=distance")
                .andExpect(jsonPath("$.items[*].venue.id", contains(STRUTT_CENTRE)));
        // From Matlock, Belper is some 14 km away and Glossop some 43 (a search reaches 50 km at most).
        get("/api/activities/search?lat=53.14&lon=-1.56&radiusKm=20&sort=distance")
                .andExpect(jsonPath("$.items[*].venue.id", contains(STRUTT_CENTRE)));
        get("/api/activities/search?lat=53.14&lon=-1.56&radiusKm=50&sort=distance")
                .andExpect(jsonPath("$.items[*].venue.id", contains(STRUTT_CENTRE, GLOSSOP_HALL)));

        var created = as("pat", HttpMethod.POST, "/api/venues", """
                {"name": "River Gardens", "address": "Matlock Road, Belper", "postcode": "DE56 1BY",
                 "latitude": 53.03, "longitude": -1.48, "accessibility": ["step-free", "hearing-loop"],
                 "locality": "BELPER"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        get("/api/venues/" + id).andExpect(jsonPath("$.accessibility", contains("step-free", "hearing-loop")));
    }

    private void addDuffield() throws Exception {
        as("ada", HttpMethod.POST, "/api/localities", """
                {"code": "DUFFIELD", "name": "Duffield", "kind": "LOCALITY", "within": "AMBER",
                 "latitude": 52.987, "longitude": -1.488}""").andExpect(status().isCreated());
    }

    private String venueStatus(String id) {
        return neo4j.query("MATCH (v:Venue {id: $id}) RETURN v.status").bind(id).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }
}
