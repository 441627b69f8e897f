package org.hedgerow.imports;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An import a restart interrupted carries on from its saved state, and writes each service exactly once. */
class ResumeTests extends ImportTest {

    static String services(int count) {
        var service = FeedServer.fixture("V3.0-UK-Default/service_full.json");
        var items = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            items.add(service.replace("ac148810-d857-441c-9679-408f346de14b", "service-" + i)
                    .replace("\"name\": \"Community Counselling\"", "\"name\": \"Counselling " + i + "\""));
        }
        return "[" + String.join(",", items) + "]";
    }

    @Test
    void anInterruptedApplyResumesAndCompletesTheRestOnce() throws Exception {
        var id = dryRunFile("fran", "five.json", services(5));
        assertThat(counts(view(id)).get("added").asLong()).isEqualTo(5);

        // As if the app stopped after writing two services: saved state says APPLYING, two records done.
        assertThat(store.move(id, List.of(ImportStore.ImportStatus.READY), ImportStore.ImportStatus.APPLYING)).isTrue();
        var state = store.state(id);
        var feed = new ListingStore.Feed(state.feed(), state.sourceName(), state.sourceUrl());
        for (var record : store.pending(id, 2)) {
            importer.applyOne(state, feed, record);
        }
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(2);

        importer.resumeUnfinished();
        importer.awaitIdle();

        assertThat(view(id).get("status").asString()).isEqualTo("APPLIED");
        assertThat(counts(view(id)).get("applied").asLong()).isEqualTo(5);
        assertThat(count("MATCH (a:Activity) RETURN count(a)")).isEqualTo(5);
        assertThat(count("MATCH (a:Activity) WHERE a.version <> 0 RETURN count(a)"))
                .as("the two written before the restart were not written again").isZero();
        assertThat(count("MATCH (g:Group {name: 'Example Organization Inc.'}) RETURN count(g)"))
                .as("their shared organization became one group").isEqualTo(1);
        assertThat(count("MATCH (l:ImportedListing {kind: 'ACTIVITY'}) RETURN count(l)")).isEqualTo(5);
    }

    @Test
    void importsAreOrderedByWhenTheyStartedThroughAnIndexThatEveryStoreHas() {
        // the index gives a store that never imported the property key, so the start-up's resume query plans
        // without a warning
        assertThat(count("""
                SHOW INDEXES YIELD name, labelsOrTypes, properties, state
                WHERE name = 'feed_import_started' AND labelsOrTypes = ['FeedImport'] AND properties = ['startedAt']
                  AND state = 'ONLINE'
                RETURN count(*)""")).isEqualTo(1);
    }

    @Test
    void anInterruptedReadResumesFromTheNextPage() throws Exception {
        var id = dryRunFile("fran", "five.json", services(5));
        // As if the app stopped while reading: back to READING with nothing saved after the first page.
        neo4j.query("""
                MATCH (i:FeedImport {id: $id}) SET i.status = 'READING', i.nextPage = 1, i.records = 0,
                      i.fileContent = $content""").bind(id).to("id").bind(services(5)).to("content").run();
        importer.resumeUnfinished();
        importer.awaitIdle();

        assertThat(view(id).get("status").asString()).isEqualTo("READY");
        assertThat(counts(view(id)).get("services").asLong()).as("records are saved by position, not twice")
                .isEqualTo(5);
    }
}
