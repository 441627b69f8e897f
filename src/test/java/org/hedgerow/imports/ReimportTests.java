package org.hedgerow.imports;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing again: idempotent, changes taken, edits in Hedgerow never overwritten silently, mappings kept, claims. */
class ReimportTests extends ImportTest {

    private static final String SERVICE = FeedServer.fixture("V3.0-UK-Default/service_full.json");

    private String versions() {
        return neo4j.query("""
                MATCH (g:Group)-[:RUNS]->(a:Activity)-[:HELD_AT]->(v:Venue)
                RETURN g.version + '/' + a.version + '/' + v.version + '/' + toString(a.updatedAt)""")
                .fetchAs(String.class).one().orElseThrow();
    }

    private String activityId() {
        return neo4j.query("MATCH (a:Activity) RETURN a.id").fetchAs(String.class).one().orElseThrow();
    }

    @Test
    void importingTheSameFeedAgainChangesNothing() throws Exception {
        apply(dryRunUrl("fran", feeds.base("V3.0-UK-Default")));
        var before = versions();

        var again = dryRunUrl("fran", feeds.base("V3.0-UK-Default"));
        assertThat(counts(view(again)).get("unchanged").asLong()).isEqualTo(1);
        assertThat(counts(view(again)).get("added").asLong()).isZero();
        apply(again);

        assertThat(versions()).isEqualTo(before);
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(1);
        assertThat(count("MATCH (l:ImportedListing) RETURN count(l)")).isEqualTo(3);
    }

    @Test
    void aChangedFeedUpdatesWhatChanged() throws Exception {
        apply(dryRunFile("fran", "directory.json", SERVICE));

        var changed = SERVICE.replace("\"byday\": \"TH,FR\"", "\"byday\": \"1SA\"").replace("\"freq\": \"WEEKLY\"",
                "\"freq\": \"MONTHLY\"").replace("\"amount\": 35", "\"amount\": 40");
        var again = dryRunFile("fran", "directory.json", changed);
        var record = records(again).get(0);
        assertThat(record.get("outcome").asString()).isEqualTo("CHANGED");
        assertThat(record.get("plan").get("activity").get("changed").valueStream().map(field -> field.asString()))
                .containsExactlyInAnyOrder("days", "frequency", "weekOfMonth", "costNote");
        apply(again);

        assertThat(neo4j.query("""
                MATCH (a:Activity) RETURN a.frequency + ' ' + a.weekOfMonth + ' ' + a.days[0] + ' ' + a.costNote""")
                .fetchAs(String.class).one().orElseThrow())
                .isEqualTo("MONTHLY 1 SATURDAY £40 per 1 hour session (Under 18s and Over 60s)");
    }

    @Test
    void whatAFeedNoLongerGivesIsTakenAwayToo() throws Exception {
        apply(dryRunFile("fran", "directory.json", SERVICE));
        assertThat(texts()).hasSize(3).doesNotContain("none");

        var service = (tools.jackson.databind.node.ObjectNode) read(SERVICE);
        service.remove(java.util.List.of("description", "email", "url", "contacts"));
        ((tools.jackson.databind.node.ObjectNode) service.get("organization")).remove(java.util.List.of("website", "uri"));
        var again = dryRunFile("fran", "directory.json", json.writeValueAsString(service));
        var plan = records(again).get(0).get("plan");
        assertThat(plan.get("activity").get("changed").valueStream().map(field -> field.asString()))
                .containsExactlyInAnyOrder("description", "contact");
        assertThat(plan.get("group").get("changed").valueStream().map(field -> field.asString()))
                .containsExactly("website");
        apply(again);

        assertThat(texts()).as("description, contact, website").containsExactly("none", "none", "none");
        var third = dryRunFile("fran", "directory.json", json.writeValueAsString(service));
        assertThat(counts(view(third)).get("unchanged").asLong()).as("and it stays so: no edit kept, no conflict")
                .isEqualTo(1);
    }

    /** The activity's description and contact and its group's website, "none" for each that is not there. */
    private java.util.List<String> texts() {
        return java.util.List.copyOf(neo4j.query("""
                MATCH (g:Group)-[:RUNS]->(a:Activity)
                UNWIND [coalesce(a.description, 'none'), coalesce(a.contact, 'none'), coalesce(g.website, 'none')] AS text
                RETURN text""").fetchAs(String.class).all());
    }

    @Test
    void anEditInHedgerowSurvivesAReimportAsAConflict() throws Exception {
        apply(dryRunFile("fran", "directory.json", SERVICE));
        var id = activityId();
        browsers.request("fran", HttpMethod.PATCH, "/api/activities/" + id, """
                {"name": "Counselling at the Civic Centre", "version": %d}"""
                .formatted(TestAccounts.version(neo4j, "Activity", id))).andExpect(status().isOk());

        var sameFeed = dryRunFile("fran", "directory.json", SERVICE);
        var kept = records(sameFeed).get(0);
        assertThat(kept.get("outcome").asString()).as("the feed did not change the name: nothing to resolve")
                .isEqualTo("UNCHANGED");
        assertThat(kept.get("plan").get("activity").get("keptEdits").get(0).asString()).isEqualTo("name");

        var renamed = SERVICE.replace("\"name\": \"Community Counselling\"", "\"name\": \"Community Counselling Plus\"")
                .replace("\"minimum_age\": 12", "\"minimum_age\": 14");
        var clash = dryRunFile("fran", "directory.json", renamed);
        var record = records(clash).get(0);
        assertThat(record.get("outcome").asString()).isEqualTo("CONFLICT");
        var conflict = record.get("plan").get("activity").get("conflicts").get(0);
        assertThat(conflict.get("field").asString()).isEqualTo("name");
        assertThat(conflict.get("hedgerow").asString()).isEqualTo("Counselling at the Civic Centre");
        assertThat(conflict.get("feed").asString()).isEqualTo("Community Counselling Plus");
        apply(clash);
        assertThat(neo4j.query("MATCH (a:Activity) RETURN a.name + ' ' + a.minimumAge").fetchAs(String.class).one()
                .orElseThrow()).as("the edit survives; the change only the feed made is taken")
                .isEqualTo("Counselling at the Civic Centre 14");

        var resolved = dryRunFile("fran", "directory.json", renamed);
        assertThat(records(resolved).get(0).get("outcome").asString()).as("still a conflict until resolved")
                .isEqualTo("CONFLICT");
        browsers.request("fran", HttpMethod.PUT, "/api/imports/" + resolved + "/records/0/resolution",
                "{\"resolution\": \"TAKE_FEED\"}").andExpect(status().isOk());
        apply(resolved);
        assertThat(neo4j.query("MATCH (a:Activity) RETURN a.name").fetchAs(String.class).one().orElseThrow())
                .isEqualTo("Community Counselling Plus");
        browsers.request("fran", HttpMethod.PUT, "/api/imports/" + resolved + "/records/0/resolution",
                        "{\"resolution\": \"KEEP_HEDGEROW\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is applied")));
        assertThat(records(resolved).get(0).get("resolution").asString()).as("as it was applied")
                .isEqualTo("TAKE_FEED");
        assertThat(records(dryRunFile("fran", "directory.json", renamed)).get(0).get("outcome").asString())
                .isEqualTo("UNCHANGED");
    }

    @Test
    void unmappedTermsWaitInTheMappingTableAndApplyOnceMapped() throws Exception {
        var id = dryRunFile("fran", "directory.json", SERVICE);
        assertThat(records(id).get(0).get("warnings").valueStream().map(warning -> warning.asString()))
                .anyMatch(warning -> warning.startsWith("taxonomy term \"name\" (taxonomy) is not mapped"));
        assertThat(view(id).get("unmappedTerms").asLong()).isEqualTo(1);
        var table = read(browsers.request("fran", HttpMethod.GET, "/api/imports/term-mappings?unmapped=true", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
        assertThat(table).hasSize(1);
        var key = table.get(0).get("key").asString();
        assertThat(key).isEqualTo("taxonomy|3f7b145d-84af-42d7-8fae-eaca714b02b2");

        browsers.request("fran", HttpMethod.PUT, "/api/imports/term-mappings", """
                {"key": "%s", "target": "NEED", "code": "NOPE"}""".formatted(key)).andExpect(status().isBadRequest());
        browsers.request("fran", HttpMethod.PUT, "/api/imports/term-mappings", """
                {"key": "%s", "target": "NEED", "code": "STRESS"}""".formatted(key)).andExpect(status().isOk());
        apply(id);
        assertThat(count("MATCH (:Activity)-[:SUPPORTS]->(:Need {code: 'STRESS'}) RETURN count(*)")).isEqualTo(1);

        var next = dryRunFile("fran", "another.json", SERVICE.replace("ac148810-d857", "bc148810-d857"));
        assertThat(records(next).get(0).get("warnings").valueStream().map(warning -> warning.asString()))
                .as("the mapping is kept for the next import").noneMatch(warning -> warning.contains("not mapped"));
        assertThat(view(next).get("unmappedTerms").asLong()).isZero();
    }

    @Test
    void theRealOrganiserClaimsAnImportedGroupAndThenKeepsItCurrent() throws Exception {
        apply(dryRunFile("fran", "directory.json", SERVICE));
        var activity = activityId();
        var claim = read(browsers.request("pat", HttpMethod.POST, "/api/imports/claims", """
                {"listing": "%s", "note": "I run this one"}""".formatted(activity))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        browsers.request("quinn", HttpMethod.POST, "/api/imports/claims/" + claim.get("id").asString() + "/approve",
                null).andExpect(status().isForbidden());
        browsers.request("fran", HttpMethod.POST, "/api/imports/claims/" + claim.get("id").asString() + "/approve",
                null).andExpect(status().isOk());
        assertThat(count("""
                MATCH (:Organiser {id: 'o-pat'})-[:ORGANISES]->(:Group)-[:RUNS]->(:Activity) RETURN count(*)"""))
                .isEqualTo(1);

        var before = versions();
        var changed = dryRunFile("fran", "directory.json", SERVICE.replace("\"minimum_age\": 12", "\"minimum_age\": 16"));
        assertThat(records(changed).get(0).get("outcome").asString()).isEqualTo("CLAIMED");
        apply(changed);
        assertThat(versions()).as("a claimed listing is the organiser's to keep").isEqualTo(before);
    }
}
