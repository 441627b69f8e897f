package org.hedgerow.imports;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hedgerow.imports.MappedService.FeedTerm;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The ORUK 3.0 read API as an importer walks it: {@code /} must say it is HSDS-UK 3.0; {@code /services?page=N}
 * gives pages in the ORUK envelope ({@code contents}, {@code total_pages}, {@code page_number}, {@code last_page});
 * a page whose services lack their detail (no schedules or locations) is completed from {@code /services/{id}}.
 * The optional {@code /taxonomies} and {@code /taxonomy_terms} are read for their terms; where they break the
 * standard, that is a warning, never a reason to stop.
 */
@Component
class FeedPages {

    /** A page of services and what was wrong with its envelope. */
    record Page(List<JsonNode> items, List<String> warnings, boolean last) {
    }

    /** What the optional lists said, and the terms they hold. */
    record OptionalLists(List<String> warnings, List<FeedTerm> terms) {
    }

    private static final int OPTIONAL_PAGES = 50;

    private final FeedClient client;

    FeedPages(FeedClient client) {
        this.client = client;
    }

    void requireOruk(JsonNode details, String base) {
        var version = details.isObject() ? details.get("version") : null;
        if (version == null || !version.isString()) {
            throw new FeedProblem(FeedProblem.Kind.NOT_ORUK, "url", base + "/ does not say which version of Open "
                    + "Referral it serves (no \"version\"): is this the feed's base URL?");
        }
        if (!version.stringValue().contains("3.0")) {
            throw new FeedProblem(FeedProblem.Kind.NOT_ORUK, "url", base + " serves \"" + version.stringValue()
                    + "\"; only Open Referral UK 3.0 (HSDS-UK-3.0) can be imported");
        }
    }

    Page servicesPage(URI base, long page, int perPage) {
        var answer = client.get(URI.create(base + "/services?page=" + page + "&per_page=" + perPage), false);
        var contents = answer.isObject() ? answer.get("contents") : null;
        if (contents == null || !contents.isArray()) {
            throw new FeedProblem(page == 1 ? FeedProblem.Kind.NOT_ORUK : FeedProblem.Kind.MALFORMED, "url",
                    base + "/services?page=" + page + " is not an ORUK page (no \"contents\" list)");
        }
        var warnings = new ArrayList<String>();
        boolean last = envelope(answer, page, "/services", warnings) || contents.isEmpty();
        var items = new ArrayList<JsonNode>();
        contents.forEach(items::add);
        return new Page(items, warnings, last);
    }

    /** Checks the envelope; true if this is the last page. Its inconsistencies become warnings. */
    private static boolean envelope(JsonNode answer, long page, String list, List<String> warnings) {
        var number = answer.get("page_number");
        var totalPages = answer.get("total_pages");
        var lastPage = answer.get("last_page");
        if (number != null && number.isNumber() && number.longValue() != page) {
            warnings.add(list + ": asked for page " + page + ", the feed answered page " + number.longValue());
            return true;
        }
        if (totalPages == null || !totalPages.isNumber()) {
            warnings.add(list + " page " + page + " has no total_pages");
        }
        boolean lastByCount = totalPages != null && totalPages.isNumber() && page >= totalPages.longValue();
        if (lastPage != null && lastPage.isBoolean() && lastPage.booleanValue() != lastByCount) {
            warnings.add(list + " page " + page + " says last_page is " + lastPage.booleanValue() + " but total_pages is "
                    + (totalPages == null ? "missing" : totalPages.toString()));
            return true;
        }
        return lastByCount || lastPage != null && lastPage.isBoolean() && lastPage.booleanValue();
    }

    static boolean lacksDetail(JsonNode item) {
        return item.isObject() && !item.has("service_at_locations") && !item.has("schedules")
                && item.get("id") != null && item.get("id").isString();
    }

    JsonNode service(URI base, JsonNode item) {
        var id = URLEncoder.encode(item.get("id").stringValue(), StandardCharsets.UTF_8);
        var detail = client.get(URI.create(base + "/services/" + id), true);
        // A detail for another id (a feed that answers every id alike) says nothing about this service.
        return detail == null || !detail.isObject() || !item.get("id").equals(detail.get("id")) ? item : detail;
    }

    /** The services an uploaded file holds: a page ({@code contents}), a list, or one service. */
    static List<JsonNode> servicesInFile(JsonNode file) {
        var items = new ArrayList<JsonNode>();
        if (file.isArray()) {
            file.forEach(items::add);
        } else if (file.isObject() && file.get("contents") != null && file.get("contents").isArray()) {
            file.get("contents").forEach(items::add);
        } else if (file.isObject() && file.has("id") && file.has("name")) {
            items.add(file);
        } else {
            throw new FeedProblem(FeedProblem.Kind.NOT_ORUK, "content", "The file is neither an ORUK service, a "
                    + "page of services (with \"contents\") nor a list of services");
        }
        return items;
    }

    OptionalLists optionalLists(URI base) {
        var warnings = new ArrayList<String>();
        var terms = new ArrayList<FeedTerm>();
        readOptional(base, "/taxonomies", warnings, item -> checkUri(item, "uri", "/taxonomies", warnings));
        readOptional(base, "/taxonomy_terms", warnings, item -> {
            checkUri(item, "term_uri", "/taxonomy_terms", warnings);
            var id = item.get("id");
            var name = item.get("name");
            if (id == null || !id.isString() || name == null || !name.isString()) {
                warnings.add("/taxonomy_terms: a term lacks its id or name");
                return;
            }
            if (item.get("description") == null) {
                warnings.add("/taxonomy_terms: term \"" + name.stringValue() + "\" has no description (required)");
            }
            var parent = item.get("parent_id");
            if (parent != null && parent.isString() && parent.stringValue().equals(id.stringValue())) {
                warnings.add("/taxonomy_terms: term \"" + name.stringValue() + "\" is its own parent");
            }
            var taxonomy = item.get("taxonomy");
            terms.add(new FeedTerm(taxonomy != null && taxonomy.isString() ? taxonomy.stringValue() : "",
                    id.stringValue(), name.stringValue()));
        });
        return new OptionalLists(warnings, terms);
    }

    private void readOptional(URI base, String list, List<String> warnings, java.util.function.Consumer<JsonNode> each) {
        for (long page = 1; page <= OPTIONAL_PAGES; page++) {
            JsonNode answer;
            try {
                answer = client.get(URI.create(base + list + "?page=" + page), true);
            } catch (FeedProblem problem) {
                warnings.add(list + " (optional) could not be read: " + problem.getMessage());
                return;
            }
            if (answer == null) {
                return;
            }
            var contents = answer.isObject() ? answer.get("contents") : null;
            if (contents == null || !contents.isArray()) {
                warnings.add(list + " (optional) page " + page + " is not an ORUK page");
                return;
            }
            contents.forEach(each);
            if (envelope(answer, page, list, warnings) || contents.isEmpty()) {
                return;
            }
        }
    }

    private static void checkUri(JsonNode item, String field, String list, List<String> warnings) {
        var value = item.get(field);
        if (value != null && value.isString() && !value.stringValue().matches("(?i)https?://\\S+")) {
            warnings.add(list + ": " + field + " \"" + value.stringValue() + "\" is not a web address");
        }
    }
}
