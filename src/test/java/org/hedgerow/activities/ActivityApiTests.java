package org.hedgerow.activities;

import org.hedgerow.DirectoryApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ActivityApiTests extends DirectoryApiTest {

    private static final String NEW_ACTIVITY = """
            {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Saturday heritage walk",
             "description": "A slow walk round the mills", "days": ["SATURDAY"], "frequency": "MONTHLY",
             "weekOfMonth": 1, "startTime": "10:00", "endTime": "12:00", "capacity": 15, "spacesLeft": 15,
             "cost": "REDUCED", "costNote": "£2, or pay what you can", "accessibility": "Flat paths, benches on the way",
             "whatToBring": "Comfortable shoes", "contact": "Pat on 01773 000000",
             "categories": ["WALKING"], "needs": ["LONELINESS", "INACTIVITY"]}""";

    @Test
    void anOrganiserAddsAnActivityWithEverythingPeopleAskAbout() throws Exception {
        as("pat", HttpMethod.POST, "/api/activities", NEW_ACTIVITY)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/activities/")))
                .andExpect(jsonPath("$.when").value("first Saturday of the month 10:00–12:00"))
                .andExpect(jsonPath("$.startTime").value("10:00"))
                .andExpect(jsonPath("$.group.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.venue.postcode").value("DE56 1AB"))
                .andExpect(jsonPath("$.venue.accessibility[0]").value("step-free access"))
                .andExpect(jsonPath("$.locality.id").value("BELPER"))
                .andExpect(jsonPath("$.categories[0].id").value("WALKING"))
                .andExpect(jsonPath("$.needs", hasSize(2)))
                .andExpect(jsonPath("$.cost").value("REDUCED"))
                .andExpect(jsonPath("$.spacesLeft").value(15))
                .andExpect(jsonPath("$.stale").value(false))
                .andExpect(jsonPath("$.version").value(0));

        assertThat(events.ofType(ActivityChanged.class)).singleElement()
                .satisfies(event -> {
                    assertThat(event.change()).isEqualTo(ActivityChanged.Change.ADDED);
                    assertThat(event.groupId()).isEqualTo("g-belper-walkers");
                    assertThat(event.localityCode()).isEqualTo("BELPER");
                });
    }

    @Test
    void rulesThatJoinFieldsAreCheckedAndEachBadFieldIsNamed() throws Exception {
        as("pat", HttpMethod.POST, "/api/activities", """
                {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Walk", "days": ["SATURDAY"],
                 "frequency": "MONTHLY", "startTime": "12:00", "endTime": "10:00", "capacity": 5, "spacesLeft": 9,
                 "cost": "FEE", "categories": ["NOPE"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("invalid-request")))
                .andExpect(jsonPath("$.errors.weekOfMonth").exists())
                .andExpect(jsonPath("$.errors.endTime").value("must be after the start time"))
                .andExpect(jsonPath("$.errors.spacesLeft").value(containsString("capacity (5)")))
                .andExpect(jsonPath("$.errors.costNote").exists());
        as("pat", HttpMethod.POST, "/api/activities", """
                {"group": "g-belper-walkers", "venue": "v-nowhere", "name": "Walk", "cost": "FREE",
                 "categories": ["NOPE"], "needs": ["LONELINESS", "BOREDOM"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.categories").value(containsString("NOPE")))
                .andExpect(jsonPath("$.errors.categories").value(containsString("the categories are ARTS, WALKING")))
                .andExpect(jsonPath("$.errors.needs").value(
                        "has codes we do not know: BOREDOM; the needs are INACTIVITY, LONELINESS"))
                .andExpect(jsonPath("$.errors.venue").exists());
        as("pat", HttpMethod.POST, "/api/activities", """
                {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Walk", "cost": "FREE", "days": ["Tuesdy"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['days[0]']").value(containsString("TUESDAY")));
        as("pat", HttpMethod.POST, "/api/activities", """
                {"venue": "v-strutt", "name": "", "cost": "FREE", "capacity": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.group").exists())
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.capacity").exists());

        assertThat(activityCount()).isEqualTo(2);
        assertThat(events.ofType(ActivityChanged.class)).isEmpty();
    }

    @Test
    void aChangeIsLaidOverWhatIsThereAndCheckedWhole() throws Exception {
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"days": ["TUESDAY", "FRIDAY"], "endTime": "12:00", "needs": ["INACTIVITY"], "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.when").value("every Tuesday and Friday 10:00–12:00"))
                .andExpect(jsonPath("$.needs[0].id").value("INACTIVITY"))
                .andExpect(jsonPath("$.needs", hasSize(1)))
                .andExpect(jsonPath("$.categories[0].id").value("WALKING"))
                .andExpect(jsonPath("$.spacesLeft").value(3))
                .andExpect(jsonPath("$.version").value(1));

        // 14 spaces do not fit the 12 places it already has.
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"spacesLeft": 14, "version": 1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.spacesLeft").exists());
        // Moving it to a venue that does not exist changes nothing.
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"venue": "v-nowhere", "name": "Moved", "version": 1}""")
                .andExpect(status().isBadRequest());
        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath("$.name").value("Tuesday towpath walk"))
                .andExpect(jsonPath("$.venue.id").value(STRUTT_CENTRE));
    }

    @Test
    void spacesLeftChangesAreAnnouncedAfterCommitAndStaleVersionsAreRefused() throws Exception {
        as("pat", HttpMethod.PUT, "/api/activities/" + BELPER_WALK + "/spaces", """
                {"spacesLeft": 0, "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.spacesLeft").value(0));
        as("pat", HttpMethod.PUT, "/api/activities/" + BELPER_WALK + "/spaces", """
                {"spacesLeft": 5, "version": 0}""")
                .andExpect(status().isConflict());

        assertThat(events.ofType(CapacityChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.activityId()).isEqualTo(BELPER_WALK);
            assertThat(event.spacesLeft()).isZero();
            assertThat(event.capacity()).isEqualTo(12);
            assertThat(event.version()).isEqualTo(1);
        });
        assertThat(events.ofType(ActivityChanged.class)).as("one announcement per commit: the spaces alone")
                .isEmpty();
    }

    @Test
    void onlyThoseWhoLookAfterTheGroupMayChangeItsActivities() throws Exception {
        as("quinn", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"name": "Mine now", "version": 0}""").andExpect(status().isForbidden());
        as("lee", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"name": "Mine now", "version": 0}""").andExpect(status().isForbidden());
        as("quinn", HttpMethod.POST, "/api/activities", NEW_ACTIVITY).andExpect(status().isForbidden());
        as("fran", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"contact": "Fran at the CVS", "version": 0}""").andExpect(status().isOk());
        as("fran", HttpMethod.PATCH, "/api/activities/" + GLOSSOP_SING, """
                {"contact": "Fran at the CVS", "version": 0}""").andExpect(status().isForbidden());
        as("pat", HttpMethod.PATCH, "/api/activities/a-none", """
                {"contact": "x", "version": 0}""").andExpect(status().isNotFound());
        assertThat(events.ofType(ActivityChanged.class)).hasSize(1);
    }

    @Test
    void listingsNotUpdatedForSixMonthsAreFlaggedUntilTheOrganiserConfirmsThem() throws Exception {
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.updatedAt = datetime() - duration('P7M')")
                .bind(BELPER_WALK).to("id").run();

        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath("$.stale").value(true));
        get("/api/activities?organiser=o-pat&stale=true")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(BELPER_WALK));
        get("/api/activities?stale=false").andExpect(jsonPath("$.items[0].id").value(GLOSSOP_SING));

        as("pat", HttpMethod.POST, "/api/activities/" + BELPER_WALK + "/confirm", """
                {"version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stale").value(false))
                .andExpect(jsonPath("$.name").value("Tuesday towpath walk"));
        get("/api/activities?organiser=o-pat&stale=true").andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void archivedActivitiesLeaveTheListButCanBeFoundAndRestored() throws Exception {
        as("pat", HttpMethod.POST, "/api/activities/" + BELPER_WALK + "/archive", """
                {"version": 0}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));

        get("/api/activities").andExpect(jsonPath("$.totalItems").value(1));
        get("/api/activities?showing=ARCHIVED").andExpect(jsonPath("$.items[0].id").value(BELPER_WALK));
        get("/api/activities/" + BELPER_WALK).andExpect(status().isOk());

        as("pat", HttpMethod.POST, "/api/activities/" + BELPER_WALK + "/restore", """
                {"version": 1}""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        assertThat(events.ofType(ActivityChanged.class)).extracting(ActivityChanged::change)
                .containsExactly(ActivityChanged.Change.ARCHIVED, ActivityChanged.Change.RESTORED);
    }

    @Test
    void listsAreNarrowedByPlaceAtAnyDepthAndPaged() throws Exception {
        get("/api/activities?locality=AMBER").andExpect(jsonPath("$.items[0].id").value(BELPER_WALK))
                .andExpect(jsonPath("$.totalItems").value(1));
        get("/api/activities?locality=DDICS&size=1&page=1")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("Tuesday towpath walk"))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
        get("/api/activities?group=g-glossop-choir").andExpect(jsonPath("$.items[0].when")
                .value("every Thursday 19:00–21:00"));
        get("/api/activities?size=500").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").exists());
        get("/api/activities?showing=SOMETIMES").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.showing").value(containsString("ARCHIVED")));
    }

    // Re-pinned from the deleted DirectoryRepositoryTests: the same facts, read through the API that serves them.

    @Test
    void anActivityKeepsItsScheduleCostAndWhatItServes() throws Exception {
        var created = as("pat", HttpMethod.POST, "/api/activities", """
                {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Tuesday river walk",
                 "description": "An hour by the Derwent", "days": ["TUESDAY"], "frequency": "MONTHLY",
                 "weekOfMonth": 1, "startTime": "10:00", "endTime": "11:30", "capacity": 20, "spacesLeft": 0,
                 "cost": "REDUCED", "costNote": "£2, pay what you can", "categories": ["WALKING"],
                 "needs": ["LONELINESS"]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

        get("/api/activities/" + id)
                .andExpect(jsonPath("$.days", contains("TUESDAY")))
                .andExpect(jsonPath("$.frequency").value("MONTHLY"))
                .andExpect(jsonPath("$.weekOfMonth").value(1))
                .andExpect(jsonPath("$.startTime").value("10:00"))
                .andExpect(jsonPath("$.endTime").value("11:30"))
                .andExpect(jsonPath("$.capacity").value(20))
                .andExpect(jsonPath("$.spacesLeft").value(0))
                .andExpect(jsonPath("$.cost").value("REDUCED"))
                .andExpect(jsonPath("$.costNote").value("£2, pay what you can"))
                .andExpect(jsonPath("$.group.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.locality.id").value("BELPER"))
                .andExpect(jsonPath("$.categories[*].id", contains("WALKING")))
                .andExpect(jsonPath("$.needs[*].id", contains("LONELINESS")));
        // The fixture's towpath walk supports loneliness too; nothing supports inactivity.
        get("/api/activities/search?need=LONELINESS")
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(BELPER_WALK, id)));
        get("/api/activities/search?need=INACTIVITY").andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void listingsNotUpdatedForSixMonthsAreStale() throws Exception {
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.updatedAt = datetime() - duration({days: 200})")
                .bind(BELPER_WALK).to("id").run();
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.updatedAt = datetime() - duration({days: 170})")
                .bind(GLOSSOP_SING).to("id").run();

        get("/api/activities?stale=true").andExpect(jsonPath("$.items[*].id", contains(BELPER_WALK)));
        get("/api/activities?stale=false").andExpect(jsonPath("$.items[*].id", contains(GLOSSOP_SING)));
    }

    private long activityCount() {
        return neo4j.query("MATCH (a:Activity) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
    }
}
