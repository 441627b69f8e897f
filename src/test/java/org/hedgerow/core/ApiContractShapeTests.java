package org.hedgerow.core;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the contract says about fields and operations, read from the committed document (which
 * {@link ApiContractSnapshotTests} holds equal to the served one): which fields are always there and never
 * null (from the records' JSpecify annotations), and stable names for the operations.
 */
class ApiContractShapeTests {

    private final JsonNode document = JsonMapper.builder().build().readTree(read());

    @Test
    void anAnswersFieldIsRequiredAndNotNullUnlessTheRecordSaysNullable() {
        var activity = schema("ActivityView");
        assertThat(required(activity)).contains("id", "name", "group", "locality", "status", "version",
                "description", "venue", "capacity");
        assertThat(activity.at("/properties/id/nullable").asBoolean(false)).isFalse();
        assertThat(activity.at("/properties/name/nullable").asBoolean(false)).isFalse();
        assertThat(activity.at("/properties/description/nullable").asBoolean()).as("@Nullable description").isTrue();
        assertThat(activity.at("/properties/venue/nullable").asBoolean()).as("@Nullable venue").isTrue();
        assertThat(activity.at("/properties/venue/allOf/0/$ref").asString()).endsWith("/ActivityViewVenueRef");
    }

    @Test
    void aRequestMayLeaveOutWhatTheRecordSaysNullable() {
        var newActivity = schema("NewActivity");
        assertThat(required(newActivity)).contains("group", "venue", "name", "cost")
                .doesNotContain("description", "capacity", "startTime");
        assertThat(required(schema("StatusRequest"))).containsExactly("status");
    }

    @Test
    void aFieldLeftOutWhenNullIsNotRequired() {
        assertThat(required(schema("TermView"))).contains("code", "name").doesNotContain("green");
    }

    @Test
    void everyOperationHasAStableNameOfItsOwn() {
        var ids = new ArrayList<String>();
        document.get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                ids.add(operation.get("operationId").asString());
            }
        }));
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+$"));
        assertThat(document.at("/paths/~1api~1accounts/get/operationId").asString()).isEqualTo("listAccounts");
        assertThat(document.at("/paths/~1api~1activities~1{id}/get/operationId").asString()).isEqualTo("getActivity");
        assertThat(document.at("/paths/~1api~1needs~1{code}~1archive/post/operationId").asString()).isEqualTo("archiveNeed");
    }

    @Test
    void operationNamesReadAsVerbAndResource() {
        assertThat(OperationIds.of(true, "/api/activities/{id}/archive", "archive")).isEqualTo("archiveActivity");
        assertThat(OperationIds.of(false, "/api/insights/outcomes.csv", "outcomes")).isEqualTo("outcomesInsightsCsv");
        assertThat(OperationIds.of(true, "/api/referrals/{id}/onward", "onward")).isEqualTo("onwardReferral");
        assertThat(OperationIds.of(false, "/api/network/graph", "graph")).isEqualTo("graphNetwork");
        assertThat(OperationIds.of(false, "/api/localities/{idOrCode}", "get")).isEqualTo("getLocality");
        assertThat(OperationIds.of(true, "/api/accounts", "create")).isEqualTo("createAccount");
        assertThat(OperationIds.of(false, "/api/accounts", "list")).isEqualTo("listAccounts");
        assertThat(OperationIds.of(true, "/api/posts/{id}/replies", "reply")).isEqualTo("replyPost");
        assertThat(OperationIds.of(true, "/api/session/password", "changePassword")).isEqualTo("changePasswordSession");
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.at("/components/schemas/" + name);
        assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
        return schema;
    }

    private static List<String> required(JsonNode schema) {
        var names = new ArrayList<String>();
        schema.path("required").forEach(name -> names.add(name.asString()));
        assertThat(new HashSet<>(names)).hasSize(names.size());
        return names;
    }

    private static String read() {
        try {
            return Files.readString(ApiContractSnapshotTests.SNAPSHOT);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
