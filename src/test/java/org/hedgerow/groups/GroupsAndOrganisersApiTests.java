package org.hedgerow.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hedgerow.DirectoryApiTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Groups and the organisers who run them. */
class GroupsAndOrganisersApiTests extends DirectoryApiTest {

    @Test
    void aProviderWhoAddsAGroupBecomesItsLeadOrganiser() throws Exception {
        as("pat", HttpMethod.POST, "/api/groups", """
                {"name": "Belper Bat Walks", "description": "Dusk walks with a bat detector", "locality": "BELPER"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisers[0].id").value("o-pat"))
                .andExpect(jsonPath("$.organisers[0].role").value("Lead"))
                .andExpect(jsonPath("$.localityName").value("Belper"))
                .andExpect(jsonPath("$.activities").value(0));
        get("/api/organisers/o-pat").andExpect(jsonPath("$.groups[*].groupName", hasItem("Belper Bat Walks")));
    }

    @Test
    void someoneOrganisesAGroupSinceTheDayTheyWereAddedInTheUk() {
        // 23:30 UTC on 1 June is 00:30 on 2 June in the UK.
        var organisers = new Organisers(neo4j, Clock.fixed(Instant.parse("2026-06-01T23:30:00Z"), ZoneOffset.UTC));
        var una = organisers.create(TestAccounts.accountId(neo4j, "pat"),
                new NewOrganiser("Una", null, "g-belper-walkers", null));
        assertThat(neo4j.query("""
                MATCH (:Organiser {id: $id})-[r:ORGANISES]->(:Group {id: 'g-belper-walkers'}) RETURN toString(r.since)""")
                .bind(una.id()).to("id").fetchAs(String.class).one()).contains("2026-06-02");
    }

    @Test
    void anOrganiserWhoMovesOnIsTakenOffTheGroupByWhoeverMayChangeIt() throws Exception {
        var una = new Organisers(neo4j, Clock.systemUTC()).create(TestAccounts.accountId(neo4j, "pat"),
                new NewOrganiser("Una", null, "g-belper-walkers", null));
        long version = TestAccounts.version(neo4j, "Group", "g-belper-walkers");
        String remove = "/api/groups/g-belper-walkers/organisers/" + una.id() + "/remove";

        as("quinn", HttpMethod.POST, remove, "{\"version\": %d}".formatted(version)).andExpect(status().isForbidden());
        as("pat", HttpMethod.POST, remove, "{\"version\": %d}".formatted(version + 1)).andExpect(status().isConflict());
        as("pat", HttpMethod.POST, "/api/groups/g-belper-walkers/organisers/o-quinn/remove",
                "{\"version\": %d}".formatted(version)).andExpect(status().isNotFound());
        assertThat(TestAccounts.version(neo4j, "Group", "g-belper-walkers")).isEqualTo(version);

        as("pat", HttpMethod.POST, remove, "{\"version\": %d}".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.organisers[*].name", org.hamcrest.Matchers.contains("Pat")));
        assertThat(neo4j.query("MATCH (:Organiser {id: $id})-[r:ORGANISES]->() RETURN count(r)").bind(una.id())
                .to("id").fetchAs(Long.class).one()).contains(0L);
        assertThat(neo4j.query("MATCH (o:Organiser {id: $id}) RETURN o.name").bind(una.id()).to("id")
                .fetchAs(String.class).one()).as("the organiser stays").contains("Una");
        as("pat", HttpMethod.POST, remove, "{\"version\": %d}".formatted(version + 1)).andExpect(status().isNotFound());
    }

    @Test
    void groupsAreListedByPlaceAtAnyDepthAndNewestChangesFirstWhenAsked() throws Exception {
        get("/api/groups?locality=AMBER").andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].activities").value(1));
        as("quinn", HttpMethod.PATCH, "/api/groups/g-glossop-choir", """
                {"description": "Singing for everyone", "version": 0}""").andExpect(status().isOk());
        get("/api/groups?sort=UPDATED").andExpect(jsonPath("$.items[0].id").value("g-glossop-choir"));
        get("/api/groups?sort=NAME").andExpect(jsonPath("$.items[0].id").value("g-belper-walkers"));
    }

    @Test
    void aFacilitatorAddsGroupsWithinTheirPlaceAndMovesThemBetweenItsLocalities() throws Exception {
        as("fran", HttpMethod.POST, "/api/groups", """
                {"name": "Glossop Growers", "locality": "GLOSSOP"}""").andExpect(status().isForbidden());
        as("fran", HttpMethod.POST, "/api/groups", """
                {"name": "Amber Growers", "locality": "BELPER", "website": "not a link"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.website").value(containsString("http")));
        as("pat", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"locality": "ATLANTIS", "version": 0}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.locality").exists());
        as("pat", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"locality": "GLOSSOP", "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.localityCode").value("GLOSSOP"));
    }

    @Test
    void anArchivedGroupLeavesTheDirectoryListAndItsOrganiserCanThenBeArchived() throws Exception {
        as("quinn", HttpMethod.POST, "/api/organisers/o-quinn/archive", """
                {"version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("still runs active groups")));
        as("quinn", HttpMethod.POST, "/api/groups/g-glossop-choir/archive", """
                {"version": 0}""").andExpect(status().isOk());
        get("/api/groups").andExpect(jsonPath("$.totalItems").value(1));
        as("quinn", HttpMethod.POST, "/api/organisers/o-quinn/archive", """
                {"version": 0}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void providersAddCoOrganisersToTheirOwnGroupsAndEditTheirOwnProfile() throws Exception {
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin", "bio": "Back marker on the Tuesday walk", "group": "g-belper-walkers",
                 "role": "Walk leader"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.groups[0].role").value("Walk leader"));
        get("/api/organisers?group=g-belper-walkers").andExpect(jsonPath("$.totalItems").value(2));
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin", "group": "g-glossop-choir"}""").andExpect(status().isForbidden());
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin"}""").andExpect(status().isForbidden());
        as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Robin", "group": "g-none"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.group").exists());

        as("pat", HttpMethod.PATCH, "/api/organisers/o-pat", """
                {"bio": "Has walked every footpath in Belper", "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.bio").value("Has walked every footpath in Belper"));
        as("pat", HttpMethod.PATCH, "/api/organisers/o-quinn", """
                {"bio": "x", "version": 0}""").andExpect(status().isForbidden());
    }

    // Re-pinned from the deleted DirectoryRepositoryTests: the same facts, read through the API that serves them.

    @Test
    void groupsAreListedByLocalityAndArchivedOnesLeftOut() throws Exception {
        neo4j.query("""
                MATCH (belper:Locality {code: 'BELPER'})
                CREATE (:Group {id: 'g-old-choir', name: 'Old choir', status: 'ARCHIVED', version: 0})-[:BASED_IN]->(belper)
                """).run();

        get("/api/groups?locality=BELPER").andExpect(jsonPath("$.items[*].name", contains("Belper Walkers")));
        get("/api/groups?locality=BELPER&showing=ALL")
                .andExpect(jsonPath("$.items[*].name", contains("Belper Walkers", "Old choir")));
    }

    /** Whom an organiser knows is read by the connections module, through its own API. */
    @Test
    void organisersKeepTheirRoleInEachGroupAndWhoTheyKnow() throws Exception {
        var created = as("pat", HttpMethod.POST, "/api/organisers", """
                {"name": "Scott", "bio": "Sings bass", "group": "g-belper-walkers", "role": "Choir leader"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String scott = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        neo4j.query("""
                MATCH (scott:Organiser {id: $scott})
                CREATE (:Organiser {id: 'o-gene', name: 'Gene', bio: 'Walks with the refugees from the hotel',
                        version: 0})-[:KNOWS]->(scott)""").bind(scott).to("scott").run();

        get("/api/organisers/" + scott)
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].role").value("Choir leader"))
                .andExpect(jsonPath("$.groups[0].groupName").value("Belper Walkers"));
        // Nothing shows since when someone organises a group; the statement that adds them records the day.
        assertThat(neo4j.query("""
                MATCH (:Organiser {id: $scott})-[r:ORGANISES]->(:Group {id: 'g-belper-walkers'})
                RETURN r.since = $today AS today""").bind(scott).to("scott")
                .bind(NetworkZone.today(Clock.systemUTC())).to("today").fetchAs(Boolean.class).one())
                .contains(true);
        as("ada", HttpMethod.GET, "/api/organisers/" + scott + "/connections", null)
                .andExpect(jsonPath("$[*].organiser.name", contains("Gene")));
        as("ada", HttpMethod.GET, "/api/organisers/o-gene/connections", null)
                .andExpect(jsonPath("$[*].organiser.name", contains("Scott")));
    }

    @Test
    void aConcurrentEditIsDetected() throws Exception {
        as("pat", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"description": "First", "version": 0}""").andExpect(status().isOk());
        as("fran", HttpMethod.PATCH, "/api/groups/g-belper-walkers", """
                {"description": "Second", "version": 0}""").andExpect(status().isConflict());
    }
}
