package org.hedgerow.openreferral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Checks a feed the way the official ORUK validator does: {@code /}, then the first, a middle and the last page of
 * each list, then ten ids taken from the first page, each answer against its published schema (the ones the ORUK
 * OpenAPI names for the endpoint). Also checks what the list schemas do not require but the envelope means: the
 * counts add up, and every id of a page can be fetched.
 */
final class FeedWalk {

    /** Each list, the schema of a page of it and of one of its items. */
    record Endpoint(String path, String pageSchema, String itemSchema) {
    }

    static final List<Endpoint> LISTS = List.of(
            new Endpoint("/openreferral/services", "service_list.json", "service.json"),
            new Endpoint("/openreferral/taxonomies", "taxonomy_list.json", "taxonomy.json"),
            new Endpoint("/openreferral/taxonomy_terms", "taxonomy_term_list.json", "taxonomy_term.json"),
            new Endpoint("/openreferral/organizations", "organization_list.json", "organization.json"),
            new Endpoint("/openreferral/service_at_locations", "service_at_location_list.json", "service_at_location.json"));

    static final int IDS_CHECKED = 10;

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> problems = new ArrayList<>();
    private int answers;

    FeedWalk(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Walks the whole feed; the problems found (none for a feed that passes). */
    List<String> walk() throws Exception {
        var details = check("/openreferral/", "api_details.json");
        if (!"HSDS-UK-3.0".equals(details.path("version").asString())) {
            problems.add("/: version is " + details.path("version"));
        }
        for (var list : LISTS) {
            var first = check(list.path(), list.pageSchema());
            long totalPages = first.path("total_pages").asLong();
            long totalItems = first.path("total_items").asLong();
            if (totalItems == 0) {
                problems.add(list.path() + " is empty: nothing to check");
                continue;
            }
            var pages = new LinkedHashSet<>(List.of(1L, (totalPages + 1) / 2, totalPages));
            for (long page : pages) {
                var answer = page == 1 ? first : check(list.path() + "?page=" + page, list.pageSchema());
                envelope(list.path(), page, totalPages, totalItems, answer);
            }
            int checked = 0;
            for (var item : first.path("contents")) {
                if (checked++ == IDS_CHECKED) {
                    break;
                }
                var one = check(list.path() + "/" + item.path("id").asString(), list.itemSchema());
                if (!one.path("id").equals(item.path("id"))) {
                    problems.add(list.path() + "/" + item.path("id") + " answered id " + one.path("id"));
                }
            }
        }
        return problems;
    }

    int answers() {
        return answers;
    }

    private void envelope(String path, long page, long totalPages, long totalItems, JsonNode answer) {
        var contents = answer.path("contents");
        long perPage = Paging.DEFAULT_PER_PAGE;
        long expectedSize = page < totalPages ? perPage : totalItems - (totalPages - 1) * perPage;
        if (answer.path("page_number").asLong() != page || answer.path("size").asLong() != contents.size()
                || contents.size() != expectedSize || answer.path("first_page").asBoolean() != (page == 1)
                || answer.path("last_page").asBoolean() != (page == totalPages) || answer.path("empty").asBoolean()
                || answer.path("total_items").asLong() != totalItems || totalPages != (totalItems + perPage - 1) / perPage) {
            problems.add(path + "?page=" + page + ": the envelope does not add up: "
                    + ((tools.jackson.databind.node.ObjectNode) answer.deepCopy()).put("contents", "(" + contents.size() + " items)"));
        }
    }

    private JsonNode check(String path, String schema) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        answers++;
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (response.getStatus() != 200) {
            problems.add(path + " answered " + response.getStatus() + ": " + body);
            return json.createObjectNode();
        }
        if (!"*".equals(response.getHeader("Access-Control-Allow-Origin"))) {
            problems.add(path + " has no Access-Control-Allow-Origin: *");
        }
        OrukSchemas.errors(schema, body).forEach(error -> problems.add(path + " (" + schema + "): " + error));
        return json.readTree(body);
    }
}
