package org.hedgerow.imports;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The validator's own mock feeds and a real council's pages, imported end to end through the API. */
class FeedImportTests extends ImportTest {

    @Test
    void theValidatorsDefaultFeedImportsCleanly() throws Exception {
        var id = dryRunUrl("fran", feeds.base("V3.0-UK-Default"));

        var dryRun = view(id);
        assertThat(dryRun.get("status").asString()).isEqualTo("READY");
        assertThat(dryRun.get("warnings")).isEmpty();
        assertThat(counts(dryRun).get("services").asLong()).isEqualTo(1);
        assertThat(counts(dryRun).get("added").asLong()).isEqualTo(1);
        assertThat(counts(dryRun).get("rejected").asLong()).isZero();
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).as("a dry run writes nothing").isZero();

        var applied = apply(id);
        assertThat(counts(applied).get("applied").asLong()).isEqualTo(1);
        var activity = neo4j.query("""
                MATCH (l:Locality {code: 'BELPER'})<-[:BASED_IN]-(g:Group)-[:RUNS]->(a:Activity)-[:HELD_AT]->(v:Venue)-[:IN]->(l)
                RETURN a.name + '|' + g.name + '|' + v.name + '|' + a.frequency + '|' + reduce(s = '', d IN a.days | s + d + ',')
                       + '|' + toString(a.startTime) + '-' + toString(a.endTime) + '|' + a.cost + '|' + a.costNote
                       + '|' + a.minimumAge + '-' + a.maximumAge""").fetchAs(String.class).one().orElseThrow();
        assertThat(activity).isEqualTo("Community Counselling|Example Organization Inc.|MyCity Civic Center|WEEKLY|"
                + "THURSDAY,FRIDAY,|10:00:00-18:00:00|FEE|£35 per 1 hour session (Under 18s and Over 60s)|12-100");
        assertThat(count("MATCH (l:ImportedListing)-[:LISTS]->() RETURN count(l)")).isEqualTo(3);

        var activityId = neo4j.query("MATCH (a:Activity) RETURN a.id").fetchAs(String.class).one().orElseThrow();
        var source = read(browsers.request(null, HttpMethod.GET, "/api/imports/sources/" + activityId, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(source.get(0).get("sourceName").asString()).isEqualTo("Test directory");
        assertThat(source.get(0).get("sourceUrl").asString()).isEqualTo(feeds.base("V3.0-UK-Default"));
        assertThat(source.get(0).get("externalId").asString()).isEqualTo("ac148810-d857-441c-9679-408f346de14b");
    }

    @Test
    void theValidatorsFailFeedIsRefusedRecordByRecordWithReasons() throws Exception {
        var id = dryRunUrl("fran", feeds.base("V3.0-UK-Fail"));

        var dryRun = view(id);
        assertThat(counts(dryRun).get("services").asLong()).isEqualTo(4);
        assertThat(counts(dryRun).get("rejected").asLong()).isEqualTo(4);
        var reasons = new ArrayList<String>();
        records(id).forEach(record -> {
            assertThat(record.get("outcome").asString()).isEqualTo("REJECTED");
            assertThat(record.get("reasons")).as("every refused record says why").isNotEmpty();
            reasons.add(record.get("externalId").asString() + ": " + String.join("; ",
                    record.get("reasons").valueStream().map(reason -> reason.asString()).toList()));
        });
        // The first service's detail (/services/{id}) has its name but a bad url and e-mail; the others, as listed,
        // have no name; the last repeats the first's id.
        assertThat(reasons.get(0)).contains("service.url \"example/counselling\" is not a web address")
                .contains("service.email \"email-example_com\" is not an e-mail address");
        assertThat(reasons.get(1)).contains("service.name is missing")
                .contains("service.url \"example_counselling\" is not a web address");
        assertThat(reasons.get(2)).contains("service.name is missing").contains("service.email must be text, not boolean");
        assertThat(reasons.get(3)).contains("appears earlier in the feed");

        apply(id);
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).as("nothing refused is written").isZero();
        assertThat(count("MATCH (g:Group) RETURN count(g)")).as("the test network's own two groups").isEqualTo(2);
    }

    @Test
    void theValidatorsWarnFeedImportsWithWarnings() throws Exception {
        var id = dryRunUrl("fran", feeds.base("V3.0-UK-Warn"));

        var dryRun = view(id);
        assertThat(counts(dryRun).get("rejected").asLong()).isZero();
        assertThat(counts(dryRun).get("added").asLong()).isEqualTo(1);
        var warnings = dryRun.get("warnings").valueStream().map(warning -> warning.asString()).toList();
        assertThat(warnings).anyMatch(warning -> warning.contains("/taxonomies: asked for page 2, the feed answered page 1"))
                .anyMatch(warning -> warning.contains("/taxonomy_terms page 1 says last_page is true but total_pages is 2"))
                .anyMatch(warning -> warning.contains("is its own parent"));

        apply(id);
        assertThat(count("MATCH (a:Activity {name: 'Community Counselling'}) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    void bristolsPagesImport() throws Exception {
        var page = dryRunFile("fran", "bristol-services-page1.json", FeedServer.fixture("bristol/services-page1.json"));
        var dryRun = view(page);
        assertThat(counts(dryRun).get("services").asLong()).isEqualTo(3);
        assertThat(counts(dryRun).get("rejected").asLong()).isZero();
        assertThat(records(page).get(0).get("warnings").valueStream().map(warning -> warning.asString()))
                .anyMatch(warning -> warning.startsWith("it has no location in the feed: listed at the centre of Belper"));
        apply(page);
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(3);

        var single = dryRunFile("fran", "bristol-service-by-id.json", FeedServer.fixture("bristol/service-by-id.json"));
        assertThat(counts(view(single)).get("added").asLong()).isEqualTo(1);
        apply(single);
        var description = neo4j.query("MATCH (a:Activity {name: '1625 Independent People'}) RETURN a.description LIMIT 1")
                .fetchAs(String.class).one().orElseThrow();
        assertThat(description).startsWith("About Us\n").doesNotContain("<h1>").doesNotContain("<p>");
        assertThat(count("MATCH (a:Activity) WHERE a.contact CONTAINS '0800 0354213' RETURN count(a)"))
                .as("the phone numbers of the service's contacts").isEqualTo(1);
    }
}
