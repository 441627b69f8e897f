package org.hedgerow.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.hedgerow.DirectoryApiTest;
import org.hedgerow.core.NetworkZone;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organiser cancels or changes one session of an activity (the Belper walk meets every Tuesday 10:00–11:30);
 * the activity's next sessions show it, and it is announced after commit.
 */
class SessionChangeTests extends DirectoryApiTest {

    /** The walk's next Tuesday after today, and the one after. */
    private final LocalDate tuesday = LocalDate.now(NetworkZone.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    private final LocalDate followingTuesday = tuesday.plusWeeks(1);

    @Test
    void aCancelledSessionShowsInTheNextSessionsWithItsNoteAndIsAnnounced() throws Exception {
        as("pat", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "No walk this week: the towpath is flooded"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextSessions", hasSize(Activities.SESSIONS_SHOWN)))
                .andExpect(jsonPath("$.version").value(0));

        var sessions = "$.nextSessions[?(@.date == '%s')]";
        get("/api/activities/" + BELPER_WALK)
                .andExpect(jsonPath(sessions.formatted(tuesday) + ".status").value("CANCELLED"))
                .andExpect(jsonPath(sessions.formatted(tuesday) + ".note").value("No walk this week: the towpath is flooded"))
                .andExpect(jsonPath(sessions.formatted(followingTuesday) + ".status").value("AS_PLANNED"))
                .andExpect(jsonPath(sessions.formatted(followingTuesday) + ".startTime").value("10:00"));

        assertThat(events.ofType(SessionChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.activityId()).isEqualTo(BELPER_WALK);
            assertThat(event.date()).isEqualTo(tuesday);
            assertThat(event.status()).isEqualTo(SessionStatus.CANCELLED);
            assertThat(event.localityCode()).isEqualTo("BELPER");
        });
    }

    @Test
    void aChangedSessionMovesVenueAndTimeKeepingItsLengthAndCanBeTakenBack() throws Exception {
        as("pat", HttpMethod.PUT, sessionPath(followingTuesday), """
                {"status": "CHANGED", "note": "This week at the Glossop hall instead", "venue": "v-glossop-hall",
                 "startTime": "13:00"}""")
                .andExpect(status().isOk());
        var changed = "$.nextSessions[?(@.date == '%s')]".formatted(followingTuesday);
        get("/api/activities/" + BELPER_WALK)
                .andExpect(jsonPath(changed + ".status").value("CHANGED"))
                .andExpect(jsonPath(changed + ".startTime").value("13:00"))
                .andExpect(jsonPath(changed + ".endTime").value("14:30"))
                .andExpect(jsonPath(changed + ".venue.name").value("Glossop Victoria Hall"));
        // A second change to the same date replaces the first, given the version it replaces.
        long first = changeVersion(followingTuesday);
        as("pat", HttpMethod.PUT, sessionPath(followingTuesday), """
                {"status": "CANCELLED", "note": "Called off after all", "version": %d}""".formatted(first))
                .andExpect(status().isOk());
        long second = changeVersion(followingTuesday);
        assertThat(second).isGreaterThan(first);
        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath(changed + ".status").value("CANCELLED"))
                .andExpect(jsonPath(changed + ".changeVersion").value(org.hamcrest.Matchers.contains((int) second)))
                .andExpect(jsonPath(changed + ".venue").value(org.hamcrest.Matchers.contains(nullValue())));
        assertThat(changeCount()).isEqualTo(1);

        as("pat", HttpMethod.DELETE, sessionPath(followingTuesday) + "?version=" + second, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath(changed + ".status").value("AS_PLANNED"))
                .andExpect(jsonPath(changed + ".changeVersion").value(org.hamcrest.Matchers.contains(nullValue())));
        as("pat", HttpMethod.DELETE, sessionPath(followingTuesday) + "?version=" + second, null)
                .andExpect(status().isNotFound());
        assertThat(changeCount()).isZero();
        assertThat(events.ofType(SessionChanged.class)).extracting(SessionChanged::status).containsExactly(
                SessionStatus.CHANGED, SessionStatus.CANCELLED, SessionStatus.AS_PLANNED);
    }

    @Test
    void twoOrganisersChangingOneSessionAtOnceAreToldRatherThanOverwritten() throws Exception {
        as("pat", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Towpath flooded"}""").andExpect(status().isOk());
        // Fran saw the session as planned, and changes it too: the first change stands.
        as("fran", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CHANGED", "note": "At the hall instead", "venue": "v-glossop-hall"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else since you looked")));
        // A stale version, to replace or to take back, is refused too.
        as("fran", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Storm warning", "version": 3}""").andExpect(status().isConflict());
        as("fran", HttpMethod.DELETE, sessionPath(tuesday) + "?version=3", null).andExpect(status().isConflict());
        as("fran", HttpMethod.DELETE, sessionPath(tuesday), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.version").value("is required"));
        // Pat puts it back and cancels it again; Fran's page still shows the first change: her take-back of it is
        // refused, not applied to the new one.
        long first = changeVersion(tuesday);
        as("pat", HttpMethod.DELETE, sessionPath(tuesday) + "?version=" + first, null).andExpect(status().isOk());
        as("pat", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Towpath flooded"}""").andExpect(status().isOk());
        assertThat(changeVersion(tuesday)).isNotEqualTo(first);
        as("fran", HttpMethod.DELETE, sessionPath(tuesday) + "?version=" + first, null)
                .andExpect(status().isConflict());
        var changed = "$.nextSessions[?(@.date == '%s')]".formatted(tuesday);
        get("/api/activities/" + BELPER_WALK).andExpect(jsonPath(changed + ".note").value("Towpath flooded"));
        assertThat(events.ofType(SessionChanged.class)).hasSize(3);
    }

    @Test
    void aDateTheTimetableDoesNotHaveOrAnUnknownVenueIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        var wednesday = tuesday.plusDays(1);
        as("pat", HttpMethod.PUT, sessionPath(wednesday), """
                {"status": "CANCELLED", "note": "Flooded"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").value(containsString("has no session: the activity meets every "
                        + "Tuesday 10:00–11:30; its next dates are")));
        // Two weeks back: one week back is today on a Tuesday, and today's session may still change.
        as("pat", HttpMethod.PUT, sessionPath(tuesday.minusWeeks(2)), """
                {"status": "CANCELLED", "note": "Flooded"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").value(containsString("past")));
        as("pat", HttpMethod.PUT, "/api/activities/" + BELPER_WALK + "/sessions/next-tuesday", """
                {"status": "CANCELLED", "note": "Flooded"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").exists());
        as("pat", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CHANGED", "note": "Somewhere else", "venue": "v-nowhere"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.venue").value("is not a venue we know: v-nowhere"));
        as("pat", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CHANGED", "note": "Different somehow"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").exists());
        as("pat", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "POSTPONED", "note": "Later"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").value(containsString("CANCELLED, CHANGED")));

        assertThat(changeCount()).isZero();
        assertThat(events.ofType(SessionChanged.class)).isEmpty();
    }

    @Test
    void onlyThoseWhoMayChangeTheActivityMayChangeItsSessions() throws Exception {
        as("quinn", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Not mine to cancel"}""").andExpect(status().isForbidden());
        as("lee", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Not mine to cancel"}""").andExpect(status().isForbidden());
        as(null, HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Not mine to cancel"}""").andExpect(status().isUnauthorized());
        as("fran", HttpMethod.PUT, sessionPath(tuesday), """
                {"status": "CANCELLED", "note": "Storm warning for Amber Valley"}""").andExpect(status().isOk());
        assertThat(changeCount()).isEqualTo(1);
    }

    private String sessionPath(LocalDate date) {
        return "/api/activities/" + BELPER_WALK + "/sessions/" + date;
    }

    private long changeVersion(LocalDate date) {
        return neo4j.query("MATCH (:Activity {id: $id})-[:HAS_SESSION_CHANGE]->(s:SessionChange {date: $date}) "
                + "RETURN s.version").bind(BELPER_WALK).to("id").bind(date).to("date").fetchAs(Long.class).one()
                .orElseThrow();
    }

    private long changeCount() {
        return neo4j.query("MATCH (s:SessionChange) RETURN count(s)").fetchAs(Long.class).one().orElseThrow();
    }
}
