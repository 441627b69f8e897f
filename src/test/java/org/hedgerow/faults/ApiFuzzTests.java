package org.hedgerow.faults;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.ApiTest;
import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every operation of the OpenAPI document the app serves, called as somebody not signed in and as each role, with
 * {@link HostileValues} in each of its inputs in turn (path, query and header parameters, every field of the JSON body
 * at any depth, and the body as a whole), the other inputs holding plausible values from the test network so that the
 * hostile one gets as deep as it can. Each input meets every hostile value across the five callers. No request may
 * get a 5xx (or an exception out of the app), and a refused request (4xx) may change nothing: the graph's nodes per
 * label and relationships per type, and the node an id in the path names, are the same before and after.
 */
@Tag("faults")
class ApiFuzzTests extends ApiTest {

    static final List<String> CALLERS = java.util.Arrays.asList(null, "ada", "fran", "lee", "pat");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Dates that stay in the future whenever the test runs (fixed ones go past: a gathering must be ahead). */
    static final String IN_HALF_A_YEAR = Instant.now().plus(183, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
    static final String NEXT_TUESDAY = LocalDate.now(ZoneId.of("Europe/London"))
            .with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).toString();
    static final Pattern FIRST_ALTERNATIVE = Pattern.compile("^\\^\\(\\?:([A-Z_]+)[|)]");
    /** Refusals recorded on purpose: the audit trail notes failed and throttled sign-ins and password changes. */
    static final List<String> AUDITED_REFUSALS = List.of("audit:SIGN_IN_FAILED", "audit:SIGN_IN_THROTTLED",
            "audit:PASSWORD_CHANGE_FAILED");

    private JsonNode schemas;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, Integer> requestsPerCaller = new TreeMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> changedOnRefusal = new ArrayList<>();
    private final Map<String, String> contractMismatches = new TreeMap<>();
    /** The graph's counts after the last request, when nothing since can have changed them; else null. */
    private Map<String, Long> lastCounts;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void noHostileInputGetsA5xxAndNoRefusedRequestChangesAnything() throws Exception {
        long started = System.nanoTime();
        createNetwork();
        var document = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        schemas = document.path("components").path("schemas");
        var operations = operations(document);
        for (var operation : operations) {
            for (int caller = 0; caller < CALLERS.size(); caller++) {
                fuzz(operation, caller);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("API fuzz: %d operations, requests per caller %s (anonymous = null), statuses %s, %d s%n",
                operations.size(), requestsPerCaller, statuses, seconds);
        contractMismatches.forEach((key, message) -> System.out.println("  contract: " + key + " " + message));
        assertThat(serverErrors).as("5xx answers or exceptions out of the app").isEmpty();
        assertThat(changedOnRefusal).as("refused requests that changed the graph").isEmpty();
    }

    // ---- the network the plausible values name -------------------------------------------------------------------

    private void createNetwork() throws Exception {
        neo4j.query("""
                MATCH (walkers:Group {id: $own}), (belper:Locality {code: 'BELPER'})
                CREATE (need:Need {code: 'LONELINESS', name: 'Loneliness', version: 0})
                CREATE (category:Category {code: 'WALKING', name: 'Walking', green: true, version: 0})
                CREATE (mill:Venue {id: 'v-fuzz-mill', name: 'North Mill', status: 'ACTIVE', version: 0})-[:IN]->(belper)
                CREATE (walk:Activity {id: 'a-fuzz-walk', name: 'Tuesday towpath walk', status: 'ACTIVE', capacity: 12,
                        spacesLeft: 3, cost: 'FREE', version: 0, updatedAt: datetime('2026-11-01T10:00:00Z')})
                       -[:HELD_AT]->(mill)
                CREATE (walkers)-[:RUNS]->(walk), (walk)-[:SUPPORTS]->(need), (walk)-[:IN_CATEGORY]->(category)
                """).bind(TestAccounts.OWN_GROUP).to("own").run();
        for (String caller : CALLERS) {
            browsers.of(caller);
        }
        ids.put("referrals", created("lee", "/api/referrals", """
                {"activity": "a-fuzz-walk", "needs": ["LONELINESS"], "reason": "Keen on walking.",
                 "participant": {"reference": "FUZ-1", "contact": "Phone",
                   "consent": {"given": true, "recordedBy": "Lee", "recordedAt": "2026-11-01T10:15:00Z"}}}"""));
        ids.put("posts", created("pat", "/api/posts", """
                {"kind": "OFFER", "title": "Spare walking poles", "text": "Six pairs to lend.", "topics": ["kit"],
                 "about": {"kind": "GROUP", "id": "%s"}}""".formatted(TestAccounts.OWN_GROUP)));
        ids.put("gatherings", created("fran", "/api/gatherings", """
                {"title": "Belper providers' morning", "startsAt": "%s", "venue": "v-fuzz-mill",
                 "groups": ["%s", "%s"]}""".formatted(IN_HALF_A_YEAR, TestAccounts.OWN_GROUP, TestAccounts.OTHER_GROUP)));
        ids.put("introductions", created("pat", "/api/introductions", """
                {"to": "o-quinn", "context": "Both run things on Tuesdays."}"""));
        ids.put("accounts", TestAccounts.accountId(neo4j, "spare"));
        ids.put("groups", TestAccounts.OWN_GROUP);
        ids.put("activities", "a-fuzz-walk");
        ids.put("venues", "v-fuzz-mill");
        ids.put("localities", "l-belper");
        ids.put("organisers", "o-pat");
        ids.put("needs", "LONELINESS");
        ids.put("categories", "WALKING");
    }

    private String created(String caller, String path, String json) throws Exception {
        var answer = browsers.request(caller, HttpMethod.POST, path, json).andReturn().getResponse();
        assertThat(answer.getStatus()).as("%s %s", path, answer.getContentAsString()).isEqualTo(201);
        return JsonPath.read(answer.getContentAsString(), "$.id");
    }

    /** The plausible value of a path parameter: the fixture's node of that kind (by the segment before it). */
    private String plausiblePath(String path, String name) {
        var segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                String collection = segments[i - 1];
                return switch (name) {
                    case "idOrCode" -> "BELPER";
                    case "date" -> NEXT_TUESDAY;
                    case "host" -> "feeds.example.org";
                    case "seq" -> "1";
                    case "listing" -> "a-fuzz-walk";
                    default -> ids.getOrDefault(collection, "unknown-" + collection);
                };
            }
        }
        throw new IllegalStateException(name + " not in " + path);
    }

    // ---- operations and their inputs ------------------------------------------------------------------------------

    record Operation(HttpMethod method, String path, JsonNode definition) {
        String name() {
            return method + " " + path;
        }
    }

    /** One input to make hostile: a parameter, a place in the JSON body, or the whole body. */
    record Input(String in, String name, List<Object> at) {
    }

    private static List<Operation> operations(JsonNode document) {
        var operations = new ArrayList<Operation>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (path.getKey().startsWith("/api/")) {
                operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
                        method.getValue()));
            }
        }));
        // Signing out and changing one's own password come last: they change who the later requests are made as.
        operations.sort(Comparator.comparing((Operation op) -> op.path().startsWith("/api/session")
                        ? (op.method() == HttpMethod.DELETE ? 3 : op.path().endsWith("password") ? 2 : 1) : 0)
                .thenComparing(Operation::path).thenComparing(op -> op.method().name()));
        return operations;
    }

    private List<Input> inputs(Operation operation, JsonNode plausibleBody) {
        var inputs = new ArrayList<Input>();
        for (var parameter : operation.definition().path("parameters")) {
            inputs.add(new Input(parameter.path("in").asString(), parameter.path("name").asString(), List.of()));
        }
        if (plausibleBody != null) {
            inputs.add(new Input("body", "(whole body)", List.of()));
            collectFields(plausibleBody, new ArrayList<>(), inputs);
        }
        return inputs;
    }

    private static void collectFields(JsonNode node, List<Object> at, List<Input> inputs) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                var next = new ArrayList<>(at);
                next.add(field.getKey());
                inputs.add(new Input("body", String.join(".", next.stream().map(String::valueOf).toList()), next));
                collectFields(field.getValue(), next, inputs);
            });
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            var next = new ArrayList<>(at);
            next.add(0);
            inputs.add(new Input("body", String.join(".", next.stream().map(String::valueOf).toList()), next));
            collectFields(array.get(0), next, inputs);
        }
    }

    // ---- plausible values from the schema -------------------------------------------------------------------------

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = schemas.path(schema.get("$ref").asString().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private JsonNode plausible(String name, JsonNode schema, int depth) {
        schema = resolve(schema);
        for (String either : List.of("oneOf", "anyOf")) {
            if (schema.has(either)) {
                for (var option : schema.get(either)) {
                    if (!"null".equals(resolve(option).path("type").asString(""))) {
                        return plausible(name, option, depth);
                    }
                }
            }
        }
        if (schema.has("allOf")) {
            var merged = NODES.objectNode();
            for (var part : schema.get("allOf")) {
                if (plausible(name, part, depth) instanceof ObjectNode object) {
                    merged.setAll(object);
                }
            }
            return merged;
        }
        var known = knownValue(name, schema);
        if (known != null) {
            return known;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                var object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").properties().forEach(property ->
                            object.set(property.getKey(), plausible(property.getKey(), property.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(plausible(singular(name), schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.stringNode(plausibleText(schema));
        };
    }

    private static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static String plausibleText(JsonNode schema) {
        String pattern = schema.path("pattern").asString("");
        var alternative = FIRST_ALTERNATIVE.matcher(pattern);
        if (alternative.find()) {
            return alternative.group(1);
        }
        if (schema.has("example") && schema.get("example").isString()) {
            return schema.get("example").asString();
        }
        return switch (schema.path("format").asString("")) {
            case "date-time" -> IN_HALF_A_YEAR;
            case "date" -> NEXT_TUESDAY;
            case "time-local", "time" -> "10:00";
            case "email" -> "fuzz@example.org";
            default -> "Plausible words";
        };
    }

    /** Values that name the test network's things, by the field's or parameter's name. */
    private JsonNode knownValue(String name, JsonNode schema) {
        boolean many = "array".equals(schema.path("type").asString(""));
        String value = switch (name) {
            case "activity", "listing" -> "a-fuzz-walk";
            case "group", "groups" -> TestAccounts.OWN_GROUP;
            case "venue" -> "v-fuzz-mill";
            case "locality", "within" -> "BELPER";
            case "need", "needs" -> "LONELINESS";
            case "category", "categories" -> "WALKING";
            case "organiser" -> "o-pat";
            case "gathering" -> ids.get("gatherings");
            case "username" -> "fuzzer";
            case "password", "currentPassword" -> TestAccounts.PASSWORD;
            case "newPassword" -> "a brand new fuzz password";
            case "postcode" -> "DE56 1AA";
            case "website" -> "https://example.org/";
            case "url" -> "http://127.0.0.1:9/feed.json";
            case "reference" -> "FUZ-2";
            case "code" -> "FUZZ";
            case "host" -> "feeds.example.org";
            case "q" -> "walk";
            case "topics" -> "kit";
            case "from" -> "2026-01-01";
            case "to" -> "integer".equals(schema.path("type").asString("")) ? null : "o-quinn";
            default -> null;
        };
        if (name.equals("version")) {
            return NODES.numberNode(0);
        }
        if (name.equals("latitude") || name.equals("lat")) {
            return NODES.numberNode(53.02);
        }
        if (name.equals("longitude") || name.equals("lon")) {
            return NODES.numberNode(-1.48);
        }
        if (value == null) {
            return null;
        }
        return many ? NODES.arrayNode().add(value) : NODES.stringNode(value);
    }

    // ---- sending and judging --------------------------------------------------------------------------------------

    private void fuzz(Operation operation, int callerIndex) throws Exception {
        String caller = CALLERS.get(callerIndex);
        var content = operation.definition().path("requestBody").path("content");
        JsonNode body = content.has("application/json")
                ? plausible("body", content.path("application/json").path("schema"), 0) : null;
        var inputs = inputs(operation, body);
        if (inputs.isEmpty()) {
            send(operation, caller, null, null, body);
            return;
        }
        int perCaller = (HostileValues.ALL.size() + CALLERS.size() - 1) / CALLERS.size();
        for (int i = 0; i < inputs.size(); i++) {
            for (int j = 0; j < perCaller; j++) {
                // caller c sends values c, c+5, c+10 (shifted by the input's place): each input meets all fifteen
                var value = HostileValues.ALL.get((callerIndex + CALLERS.size() * j + i) % HostileValues.ALL.size());
                send(operation, caller, inputs.get(i), value, body);
            }
        }
    }

    private void send(Operation operation, String caller, Input hostile, JsonNode value, JsonNode plausibleBody)
            throws Exception {
        var path = new StringBuilder();
        String touched = null;
        for (String segment : operation.path().substring(1).split("/")) {
            path.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String text = isHostile(hostile, "path", name) ? HostileValues.asText(value)
                        : plausiblePath(operation.path(), name);
                if (!isHostile(hostile, "path", name)) {
                    touched = text;
                }
                path.append(UriUtils.encodePathSegment(text, StandardCharsets.UTF_8));
            } else {
                path.append(segment);
            }
        }
        var query = new StringBuilder();
        var headers = new LinkedHashMap<String, String>();
        for (var parameter : operation.definition().path("parameters")) {
            String in = parameter.path("in").asString();
            String name = parameter.path("name").asString();
            String text = isHostile(hostile, in, name) ? HostileValues.asText(value)
                    : parameter.path("required").asBoolean(false)
                    ? HostileValues.asText(plausible(name, parameter.path("schema"), 0)) : null;
            if (text == null || in.equals("path")) {
                continue;
            }
            if (in.equals("query")) {
                query.append(query.isEmpty() ? "?" : "&").append(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8))
                        .append('=').append(UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8));
            } else if (in.equals("header")) {
                headers.put(name, text);
            }
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(operation.method(), URI.create(path + query.toString()))
                .session(browsers.of(caller)).with(csrf());
        headers.forEach(request::header);
        if (plausibleBody != null) {
            JsonNode body = plausibleBody;
            if (hostile != null && hostile.in().equals("body")) {
                body = hostile.at().isEmpty() ? value : replaced(plausibleBody, hostile.at(), value);
            }
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)
                    .replace("\"" + HostileValues.RAW_NAN + "\"", "NaN"));
        }

        String what = operation.name() + " as " + caller + (hostile == null ? ""
                : " with " + hostile.in() + " " + hostile.name() + " = " + HostileValues.name(value));
        var countsBefore = lastCounts != null ? lastCounts : counts();
        lastCounts = null;
        var nodeBefore = touched == null ? null : node(touched);
        int status;
        try {
            status = mvc.perform(request).andReturn().getResponse().getStatus();
        }
        catch (AssertionError contract) {
            var matcher = Pattern.compile("→ (\\d{3}) does not match").matcher(String.valueOf(contract.getMessage()));
            status = matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
            var lines = String.valueOf(contract.getMessage()).lines().toList();
            contractMismatches.putIfAbsent(operation.name() + " → " + status,
                    lines.size() > 1 ? lines.get(1).strip() : lines.getFirst());
        }
        catch (Exception escaped) {
            status = 500;
            serverErrors.add(what + ": " + escaped);
        }
        requestsPerCaller.merge(String.valueOf(caller), 1, Integer::sum);
        statuses.merge(status / 100 + "xx", 1, Integer::sum);
        if (status >= 500 && serverErrors.stream().noneMatch(error -> error.startsWith(what))) {
            serverErrors.add(what + " → " + status);
        }
        if (status >= 400 && status < 500) {
            var countsAfter = counts();
            lastCounts = countsAfter;
            if (!withoutAuditedRefusals(countsBefore).equals(withoutAuditedRefusals(countsAfter))) {
                changedOnRefusal.add(what + " → " + status + ": " + difference(countsBefore, countsAfter));
            }
            if (touched != null && !Objects.equals(nodeBefore, node(touched))) {
                changedOnRefusal.add(what + " → " + status + ": changed " + touched);
            }
        } else if (status < 300 && operation.method() != HttpMethod.GET) {
            settle(); // what the change sets off after commit (notifications, live) is not the next request's doing
        }
    }

    private static boolean isHostile(Input hostile, String in, String name) {
        return hostile != null && hostile.in().equals(in) && hostile.name().equals(name);
    }

    private static JsonNode replaced(JsonNode body, List<Object> at, JsonNode value) {
        var copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            parent = at.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) at.get(i));
        }
        var last = at.getLast();
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    /** Nodes per label, relationships per type and audit lines per kind. */
    private Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        Collection<Map<String, Object>> rows = neo4j.query("""
                MATCH (n) UNWIND labels(n) AS label RETURN 'label:' + label AS key, count(*) AS count
                UNION ALL
                MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS count
                UNION ALL
                MATCH (e:AuditEvent) RETURN 'audit:' + e.kind AS key, count(*) AS count""").fetch().all();
        rows.forEach(row -> counts.put((String) row.get("key"), (Long) row.get("count")));
        return counts;
    }

    private static Map<String, Long> withoutAuditedRefusals(Map<String, Long> counts) {
        var kept = new TreeMap<>(counts);
        long audited = AUDITED_REFUSALS.stream().mapToLong(key -> kept.getOrDefault(key, 0L)).sum();
        AUDITED_REFUSALS.forEach(kept::remove);
        kept.computeIfPresent("label:AuditEvent", (key, count) -> count - audited);
        return kept;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        var keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(key -> !Objects.equals(before.get(key), after.get(key)))
                .map(key -> key + " " + before.getOrDefault(key, 0L) + "→" + after.getOrDefault(key, 0L)).toList()
                .toString();
    }

    private Map<String, Object> node(String key) {
        return neo4j.query("""
                MATCH (n) WHERE n.id = $key OR n.code = $key OR n.username = $key
                RETURN properties(n) AS properties ORDER BY n.id LIMIT 1""")
                .bind(key).to("key").fetch().one().orElse(Map.of());
    }

    /** Waits until the graph stops changing (at most a second). */
    private void settle() throws InterruptedException {
        var last = counts();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(25);
            var now = counts();
            if (now.equals(last)) {
                lastCounts = now;
                return;
            }
            last = now;
        }
    }
}
