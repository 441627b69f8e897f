package org.hedgerow.activities;

import org.hedgerow.DirectoryApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who an activity is for (an age range) and how to join it (a way in), through adding and changing it. */
class WhoItIsForTests extends DirectoryApiTest {

    private static final String NEW_ACTIVITY = """
            {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Teen nature club", "days": ["SATURDAY"],
             "frequency": "WEEKLY", "startTime": "10:00", "endTime": "12:00", "capacity": 10, "spacesLeft": 10,
             "cost": "FREE", %s}""";

    @Test
    void anActivitySaysWhoItIsForAndHowToJoin() throws Exception {
        as("pat", HttpMethod.POST, "/api/activities", NEW_ACTIVITY.formatted("""
                "minimumAge": 13, "maximumAge": 17, "wayIn": "REFERRAL_NEEDED\""""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.minimumAge").value(13))
                .andExpect(jsonPath("$.maximumAge").value(17))
                .andExpect(jsonPath("$.wayIn").value("REFERRAL_NEEDED"));

        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"minimumAge": 50, "wayIn": "SIGNPOSTING_ONLY", "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minimumAge").value(50))
                .andExpect(jsonPath("$.maximumAge").value(nullValue()))
                .andExpect(jsonPath("$.wayIn").value("SIGNPOSTING_ONLY"))
                .andExpect(jsonPath("$.version").value(1));
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"name": "Tuesday towpath walk for all", "version": 1}""")
                .andExpect(jsonPath("$.minimumAge").value(50)).andExpect(jsonPath("$.wayIn").value("SIGNPOSTING_ONLY"));
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"clearAges": true, "version": 2}""")
                .andExpect(jsonPath("$.minimumAge").value(nullValue()));
    }

    @Test
    void withoutAWayInADropInIsOneWithNoLimitOnNumbersAndAnyOtherIsBookAhead() throws Exception {
        as("pat", HttpMethod.POST, "/api/activities", NEW_ACTIVITY.formatted("\"needs\": []"))
                .andExpect(jsonPath("$.wayIn").value("BOOK_AHEAD"));
        as("pat", HttpMethod.POST, "/api/activities", """
                {"group": "g-belper-walkers", "venue": "v-strutt", "name": "Drop-in chat", "cost": "FREE"}""")
                .andExpect(jsonPath("$.wayIn").value("DROP_IN"));
        // written by hand without one, as before ways in existed: read by the same rule
        get("/api/activities/" + GLOSSOP_SING).andExpect(jsonPath("$.wayIn").value("DROP_IN"));
        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath("$.wayIn").value("BOOK_AHEAD"));
    }

    @Test
    void agesUpsideDownOrOutOfRangeAndUnknownWaysInAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        as("pat", HttpMethod.POST, "/api/activities", NEW_ACTIVITY.formatted("""
                "minimumAge": 18, "maximumAge": 12"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.maximumAge").value("cannot be below the minimum age (18)"));
        as("pat", HttpMethod.POST, "/api/activities", NEW_ACTIVITY.formatted("""
                "minimumAge": -1, "maximumAge": 121"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.minimumAge").exists())
                .andExpect(jsonPath("$.errors.maximumAge").exists());
        as("pat", HttpMethod.POST, "/api/activities", NEW_ACTIVITY.formatted("\"wayIn\": \"WALK_IN\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.wayIn").value(containsString(
                        "DROP_IN, BOOK_AHEAD, REFERRAL_NEEDED, SIGNPOSTING_ONLY")));
        // a change laid over the activity is checked whole: 70 is above the maximum it already has
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"maximumAge": 60, "version": 0}""").andExpect(status().isOk());
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"minimumAge": 70, "version": 1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.maximumAge").value(containsString("(70)")));

        assertThat(activityCount()).isEqualTo(2);
        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath("$.minimumAge").value(nullValue()))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"wayIn": "DROP_IN", "version": 0}""").andExpect(status().isOk());
        as("pat", HttpMethod.PATCH, "/api/activities/" + BELPER_WALK, """
                {"wayIn": "SIGNPOSTING_ONLY", "minimumAge": 18, "version": 0}""")
                .andExpect(status().isConflict());
        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath("$.wayIn").value("DROP_IN"))
                .andExpect(jsonPath("$.minimumAge").value(nullValue()));
    }

    private long activityCount() {
        return neo4j.query("MATCH (a:Activity) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
    }
}
