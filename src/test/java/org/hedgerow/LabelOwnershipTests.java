package org.hedgerow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each label has one owner: only the module that owns a label creates, merges, sets, removes or deletes its
 * nodes. Another module that must change them embeds the owner's exported statement or fragment (e.g.
 * referral takes a space through activities' {@code ActivitySpaces}), so the owner's source holds every
 * write of its nodes.
 *
 * <p>The check reads the Cypher in each module's sources (text blocks and string literals): a node pattern
 * with a label in a CREATE or MERGE clause writes that label, and a variable bound to a label in the same
 * literal and named in SET, REMOVE or DELETE writes it too.
 */
class LabelOwnershipTests {

    /** The owners, listed once. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("Locality", "places"), Map.entry("Venue", "places"),
            Map.entry("Group", "groups"), Map.entry("Organiser", "groups"),
            Map.entry("Category", "vocabulary"), Map.entry("Need", "vocabulary"),
            Map.entry("Activity", "activities"), Map.entry("SessionChange", "activities"),
            Map.entry("Referral", "referral"), Map.entry("Participant", "referral"),
            Map.entry("ReferralEvent", "referral"), Map.entry("ReferralTally", "referral"),
            Map.entry("AuditEvent", "audit"),
            Map.entry("Account", "accounts"), Map.entry("PasskeyUser", "accounts"), Map.entry("Passkey", "accounts"),
            Map.entry("PasskeyRequirement", "accounts"),
            Map.entry("Post", "noticeboard"), Map.entry("Reply", "noticeboard"),
            Map.entry("Introduction", "connections"),
            Map.entry("Gathering", "gatherings"),
            Map.entry("Notification", "notifications"), Map.entry("NotificationPreference", "notifications"),
            Map.entry("Mail", "notifications"), Map.entry("Mailbox", "notifications"), Map.entry("MailSigningKey", "notifications"),
            Map.entry("DailyRound", "notifications"),
            Map.entry("FeedImport", "imports"), Map.entry("ImportRecord", "imports"),
            Map.entry("ImportedListing", "imports"), Map.entry("TermMapping", "imports"),
            Map.entry("AllowedFeedHost", "imports"), Map.entry("ListingClaim", "imports"),
            // Primary care is reference data that comes with the network: no feature changes it.
            Map.entry("Pcn", "demo"), Map.entry("Practice", "demo"), Map.entry("LinkWorker", "demo"),
            // neo4j-migrations' chain, and the fingerprint of the scripts a store was last migrated with beside it.
            Map.entry("__Neo4jMigration", "graphdb"), Map.entry("__HedgerowSchema", "graphdb"));

    /** The network loader writes a whole network (every label) in one transaction, before anyone uses it. */
    static final Set<String> LOADERS = Set.of("demo");

    private static final Path SOURCES = Path.of("src/main/java/org/hedgerow");

    @Test
    void everyStatementWritesOnlyTheLabelsItsModuleOwns() throws IOException {
        var trespasses = new ArrayList<String>();
        for (var file : javaFiles()) {
            var module = SOURCES.relativize(file).getName(0).toString();
            if (LOADERS.contains(module)) {
                continue;
            }
            for (var label : writtenLabels(Files.readString(file))) {
                var owner = OWNERS.get(label);
                if (!module.equals(owner)) {
                    trespasses.add("%s writes :%s (owner: %s)".formatted(SOURCES.relativize(file), label, owner));
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void everyLabelAStatementUsesHasAnOwner() throws IOException {
        var labels = new LinkedHashSet<String>();
        for (var file : javaFiles()) {
            for (var literal : literals(Files.readString(file))) {
                var node = NODE.matcher(literal);
                while (node.find()) {
                    labels.addAll(labelsOf(node.group(2)));
                }
            }
        }
        assertThat(OWNERS.keySet()).containsAll(labels);
    }

    @Test
    void theCheckSeesEachKindOfWrite() {
        assertThat(writtenLabels(javaText("MATCH (a:Activity {id: $id}) SET a.spacesLeft = a.spacesLeft - 1")))
                .containsExactly("Activity");
        assertThat(writtenLabels(javaText("MATCH (a:Activity {id: $id}) SET a._lock = true REMOVE a._lock")))
                .containsExactly("Activity");
        assertThat(writtenLabels(javaText("MATCH (g:Group {id: $id}) SET g += $changes"))).containsExactly("Group");
        assertThat(writtenLabels(javaText("MATCH (p:Post) DETACH DELETE p"))).containsExactly("Post");
        assertThat(writtenLabels(javaText("MATCH (r:Referral) CREATE (r)-[:HAD]->(:ReferralEvent {at: $now})")))
                .containsExactly("ReferralEvent");
        assertThat(writtenLabels(javaText("MERGE (n:Need {code: $code}) ON CREATE SET n.name = $name")))
                .containsExactly("Need");
        assertThat(writtenLabels(javaText("""
                MATCH (r:Referral {id: $id}), (a:Activity {id: $activity})
                WHERE a.spacesLeft = 0
                CREATE (r)-[:TO]->(a)
                RETURN a.name AS name""")))
                .as("reading a node, or linking to it, is not writing it").isEmpty();
    }

    private static String javaText(String statement) {
        return "String s = \"\"\"\n" + statement + "\n\"\"\";";
    }

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\s*\\n(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A node pattern: {@code (var:Label:Other} with an optional variable. */
    private static final Pattern NODE = Pattern.compile("\\((\\w*)((?::\\w+)+)");
    private static final Pattern CLAUSE = Pattern.compile(
            "\\b(OPTIONAL MATCH|MATCH|WITH|RETURN|SET|CALL|UNWIND|WHERE|REMOVE|DETACH DELETE|DELETE|FOREACH|CREATE|"
            + "MERGE|ORDER BY|UNION|LIMIT|SKIP|YIELD|ON CREATE|ON MATCH)\\b|[{}]");
    private static final Pattern SET_TARGET = Pattern.compile("(\\w+)\\s*(?:\\.\\s*\\w+\\s*=(?!=)|\\+=|=\\s*\\{|:\\w)");
    private static final Pattern REMOVE_TARGET = Pattern.compile("(\\w+)\\s*[.:]");
    private static final Pattern DELETE_TARGET = Pattern.compile("(\\w+)");

    static Set<String> writtenLabels(String javaSource) {
        var written = new LinkedHashSet<String>();
        for (var literal : literals(javaSource)) {
            var bound = new HashMap<String, Set<String>>();
            var node = NODE.matcher(literal);
            while (node.find()) {
                if (!node.group(1).isEmpty()) {
                    bound.computeIfAbsent(node.group(1), v -> new LinkedHashSet<>()).addAll(labelsOf(node.group(2)));
                }
            }
            for (var clause : clauses(literal)) {
                switch (clause.keyword()) {
                    case "CREATE", "MERGE" -> {
                        var created = NODE.matcher(clause.body());
                        while (created.find()) {
                            written.addAll(labelsOf(created.group(2)));
                        }
                    }
                    case "SET" -> addBound(written, bound, SET_TARGET.matcher(clause.body()));
                    case "REMOVE" -> addBound(written, bound, REMOVE_TARGET.matcher(clause.body()));
                    case "DELETE", "DETACH DELETE" -> addBound(written, bound, DELETE_TARGET.matcher(clause.body()));
                    default -> {
                    }
                }
            }
        }
        return written;
    }

    private static void addBound(Set<String> written, Map<String, Set<String>> bound, Matcher targets) {
        while (targets.find()) {
            written.addAll(bound.getOrDefault(targets.group(1), Set.of()));
        }
    }

    record Clause(String keyword, String body) {
    }

    private static List<Clause> clauses(String statement) {
        var clauses = new ArrayList<Clause>();
        var keyword = CLAUSE.matcher(statement);
        String current = null;
        int start = 0;
        while (keyword.find()) {
            if (current != null) {
                clauses.add(new Clause(current, statement.substring(start, keyword.start())));
            }
            current = keyword.group(1) == null ? null : keyword.group(1);
            start = keyword.end();
        }
        if (current != null) {
            clauses.add(new Clause(current, statement.substring(start)));
        }
        return clauses;
    }

    private static List<String> literals(String javaSource) {
        var code = BLOCK_COMMENT.matcher(javaSource).replaceAll("");
        var literals = new ArrayList<String>();
        var blocks = TEXT_BLOCK.matcher(code);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        var strings = STRING.matcher(blocks.reset().replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }

    private static List<String> labelsOf(String labels) {
        return Stream.of(labels.split(":")).filter(label -> !label.isBlank()).toList();
    }

    private static List<Path> javaFiles() throws IOException {
        try (var files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> SOURCES.relativize(file).getNameCount() > 1).toList();
        }
    }
}
